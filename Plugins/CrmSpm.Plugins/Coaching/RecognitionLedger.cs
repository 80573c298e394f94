using System.Collections.Generic;
using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// The recognitions already posted for a rep and period, kept on the rep's scorecard of that period
/// (<c>crmspm_recognitions</c>, docs/data-model.md): a JSON list of keys <c>recognition|{kind}|rep|{rep id}|{period}</c>.
/// Both paths that post (a close's system job, the nightly recompute) claim the key in the same write as the card's
/// other columns and post only when they claimed it, so a recognition is posted once per rep, period and kind however
/// often the recompute runs, a deal is reopened and won again, or a tip state is trimmed. A key that would not fit the
/// column is not claimed, so nothing is posted rather than posted again.
/// </summary>
public static class RecognitionLedger
{
    /// <summary>Kind of a quota milestone reached this period.</summary>
    public const string Milestone = "milestone";

    /// <summary>Kind of a personal improvement (adoption up since the previous period).</summary>
    public const string PersonalBest = "personal-best";

    // The title Core's recognition rule gives a milestone (Core/CrmSpm.Core/Coaching/Rules/RecognitionRule.cs); every
    // other recognition is a personal best. RecognitionLedgerTests evaluates the rule to keep the two in step.
    private const string MilestoneTitle = "Milestone reached";

    /// <summary>The kind of a recognition tip.</summary>
    public static string KindOf(CoachingTip tip) => tip.Title == MilestoneTitle ? Milestone : PersonalBest;

    /// <summary>The ledger key of <paramref name="tip"/>: its rep, the period of its key, its kind.</summary>
    public static string KeyOf(CoachingTip tip) =>
        RuleIds.Recognition + "|" + KindOf(tip) + "|" + TipRecordTypes.Rep + "|" + tip.RepId + "|" + (TipKeys.PeriodOf(tip.Key) ?? "");

    /// <summary>
    /// The ledger with <paramref name="tip"/>'s key added, to store with the card; null when the ledger already holds it
    /// (or it would not fit): then the recognition must not be posted.
    /// </summary>
    public static string? Claim(string? ledgerJson, CoachingTip tip)
    {
        var keys = JsonColumn.Read<List<string>>(ledgerJson) ?? new List<string>(); // Unreadable: rebuilt from this claim.
        var key = KeyOf(tip);
        if (keys.Contains(key))
        {
            return null;
        }

        keys.Add(key);
        var json = JsonColumn.Write(keys);
        return json.Length <= ScorecardColumns.RecognitionsMaxLength ? json : null;
    }
}
