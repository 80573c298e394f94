using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Scoring.Adoption;

/// <summary>
/// CRM adoption 0–100 from a rep's open deals (docs/scoring.md §1): the weighted mean of completeness,
/// freshness, activity rate, close-date hygiene and next-step discipline, each 0–1, with the profile's
/// adoption weights renormalised to sum to 1.
/// </summary>
public sealed class AdoptionCalculator
{
    private readonly AdoptionWeights weights;
    private readonly double freshnessDays;
    private readonly double targetPerWeek;
    private readonly double activityWeeks;
    private readonly string freshnessText;
    private readonly string targetText;

    /// <summary>Creates a calculator for <paramref name="profile"/>.</summary>
    public AdoptionCalculator(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        weights = profile.Weights.Adoption;
        freshnessDays = profile.Thresholds.FreshnessDays;
        targetPerWeek = profile.Thresholds.TargetActivitiesPerDealPerWeek;
        activityWeeks = profile.Windows.ActivityDays / 7.0;
        // The evidence texts are joined by hand, not formatted: a thousand reps' worth of format strings added up.
        freshnessText = freshnessDays.ToString(CultureInfo.InvariantCulture) + " " + Plural.Word(freshnessDays, "day");
        targetText = targetPerWeek.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The adoption score over <paramref name="openDeals"/> (facts as of now); not scored without open deals.</summary>
    public ExplainedScore Score(IReadOnlyList<DealFacts> openDeals) => Score(openDeals, hasActivities: true);

    /// <summary>
    /// The adoption score; without any logged activity (<paramref name="hasActivities"/> false) freshness and
    /// activity rate are left out rather than scored as 0 from missing data.
    /// </summary>
    public ExplainedScore Score(IReadOnlyList<DealFacts> openDeals, bool hasActivities)
    {
        if (openDeals == null || openDeals.Count == 0)
        {
            return ExplainedScore.NotScored("no open deals");
        }

        int required = 0, filled = 0, fresh = 0, pastDue = 0, withNextStep = 0, recentTouches = 0;
        double completenessSum = 0;
        // Each stage's required fields as bits, found once per call (a rep's deals share a few stages).
        var stageFields = new Dictionary<StageDefinition, int[]>();
        for (var d = 0; d < openDeals.Count; d++)
        {
            var deal = openDeals[d];
            var fields = FieldBitsOf(deal.Stage, stageFields);
            var dealRequired = fields.Length;
            var dealFilled = 0;
            var dealBits = fields.Length == 0 ? 0 : FilledBits(deal);
            for (var f = 0; f < fields.Length; f++)
            {
                // A field of no known kind (bit 0) counts as filled.
                if (fields[f] == 0 || (dealBits & fields[f]) != 0)
                {
                    dealFilled++;
                }
            }

            required += dealRequired;
            filled += dealFilled;
            completenessSum += dealRequired == 0 ? 1 : (double)dealFilled / dealRequired;
            if (deal.DaysSinceTouchOrCreation <= freshnessDays)
            {
                fresh++;
            }

            if (deal.EstimatedCloseDate.HasValue && deal.EstimatedCloseDate.Value.Date < deal.AsOf.Date)
            {
                pastDue++;
            }

            if (deal.HasNextStep)
            {
                withNextStep++;
            }

            recentTouches += deal.RecentTouches;
        }

        var n = openDeals.Count;
        var rate = recentTouches / (double)n / activityWeeks;
        var components = new List<ScoreComponent>
        {
            new ScoreComponent(AdoptionComponentKeys.Completeness, "Completeness", completenessSum / n, weights.Completeness,
                Invariant(filled) + " of " + Plural.Of(required, "required field") + " filled on " + Plural.Of(n, "open deal")),
            new ScoreComponent(AdoptionComponentKeys.Freshness, "Freshness", (double)fresh / n, weights.Freshness,
                Invariant(fresh) + " of " + Plural.Of(n, "open deal") + " touched within " + freshnessText),
            new ScoreComponent(AdoptionComponentKeys.ActivityRate, "Activity rate", Math.Min(1, rate / targetPerWeek), weights.ActivityRate,
                rate.ToString("0.##", CultureInfo.InvariantCulture) + " " + Plural.Word(Math.Round(rate, 2), "activity", "activities") + " per open deal per week (target " + targetText + ")"),
            new ScoreComponent(AdoptionComponentKeys.CloseDateHygiene, "Close-date hygiene", 1 - (double)pastDue / n, weights.CloseDateHygiene,
                Plural.PartOf(pastDue, n, "open deal", "has", "have") + " a close date in the past"),
            new ScoreComponent(AdoptionComponentKeys.NextStepDiscipline, "Next-step discipline", (double)withNextStep / n, weights.NextStepDiscipline,
                Plural.PartOf(withNextStep, n, "open deal", "has", "have") + " a next step"),
        };
        if (!hasActivities)
        {
            components.RemoveAll(c => c.Key == AdoptionComponentKeys.Freshness || c.Key == AdoptionComponentKeys.ActivityRate);
        }

        return ExplainedScore.FromComponents(components);
    }

    /// <summary><paramref name="stage"/>'s required fields, one bit each (<see cref="FieldBit"/>), kept in <paramref name="known"/>.</summary>
    private static int[] FieldBitsOf(StageDefinition? stage, Dictionary<StageDefinition, int[]> known)
    {
        if (stage == null)
        {
            return NoFields;
        }

        if (!known.TryGetValue(stage, out var bits))
        {
            var fields = stage.RequiredFields;
            bits = new int[fields?.Count ?? 0];
            // Indexed: a foreach over the interface would box an enumerator.
            for (var f = 0; f < bits.Length; f++)
            {
                bits[f] = FieldBit(fields![f]);
            }

            known.Add(stage, bits);
        }

        return bits;
    }

    private static readonly int[] NoFields = new int[0];

    /// <summary>The bit of a required field's kind; 0 for a field of no known kind, which counts as filled.</summary>
    private static int FieldBit(string? field)
    {
        switch (field)
        {
            case RequiredFields.Amount: return 1;
            case RequiredFields.CloseDate: return 2;
            case RequiredFields.NextStep: return 4;
            case RequiredFields.Account: return 8;
            case RequiredFields.Contacts: return 16;
            default: return 0;
        }
    }

    /// <summary>The bits (<see cref="FieldBit"/>) of the fields <paramref name="deal"/> has filled.</summary>
    private static int FilledBits(DealFacts deal) =>
        (deal.Amount > 0 ? 1 : 0)
        | (deal.EstimatedCloseDate.HasValue ? 2 : 0)
        | (deal.HasNextStep ? 4 : 0)
        | (deal.HasAccount ? 8 : 0)
        | (deal.ContactsEngaged > 0 ? 16 : 0);

    private static string Invariant(int count) => count.ToString(CultureInfo.InvariantCulture);
}
