using System.Globalization;
using System.Text;
using CrmSpm.Core.Scoring;

namespace CrmSpm.Core.Tests.Properties;

/// <summary>Every number and text of a scoring result, exactly ("R" format), for equality checks between two runs.</summary>
internal static class ResultSummary
{
    public static string Of(ScoringResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Period).Append('\n');
        foreach (var c in result.Scorecards)
        {
            text.Append(CultureInfo.InvariantCulture, $"{c.RepId} {c.Adoption.Value:R} {c.Behaviour.Value:R} {c.Tier.Tier} {c.Tier.Rank} {c.Tier.NormalisedIndex:R} {c.Tier.Explanation} ");
            text.Append(CultureInfo.InvariantCulture, $"{c.Outcomes.WinRate:R} {c.Outcomes.WonCount} {c.Outcomes.LostCount} {c.Outcomes.OpenCount} {c.Outcomes.OpenPipeline} {c.Outcomes.WonInPeriod} ");
            text.Append(CultureInfo.InvariantCulture, $"{c.Outcomes.Velocity:R} {c.Outcomes.Coverage:R} {c.Outcomes.Attainment:R} {c.Outcomes.WindowAttainment:R} {c.Outcomes.SlippagePerDeal:R} {c.Outcomes.CycleDays:R}\n");
            foreach (var component in c.Adoption.Components.Concat(c.Behaviour.Components))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {component.Key} {component.Value:R}\n");
            }
        }

        foreach (var p in result.Benchmarks.Behaviours)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.BehaviourKey} {p.ABenchmark:R} {p.BValue:R} {p.EffectSize:R} {p.OutcomeWeight:R} {p.IsPractice}\n");
        }

        foreach (var t in result.Tips)
        {
            text.Append(t.Key).Append(' ').Append(t.Title).Append(' ').Append(t.Message).Append('\n');
        }

        foreach (var d in result.DealScores)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.OpportunityId} {d.Probability:R} {string.Join(";", d.PositiveReasons.Concat(d.NegativeReasons).Select(r => r.Text))}\n");
        }

        foreach (var q in result.Queue)
        {
            text.Append(CultureInfo.InvariantCulture, $"{q.RepId} {q.ExpectedGain} {q.LargestGap?.BehaviourKey}\n");
        }

        foreach (var issue in result.DataIssues)
        {
            text.Append(issue.Code).Append(' ').Append(issue.RecordId).Append(' ').Append(issue.Message).Append('\n');
        }

        text.Append(result.DealModel?.ToJson());
        return text.ToString();
    }
}
