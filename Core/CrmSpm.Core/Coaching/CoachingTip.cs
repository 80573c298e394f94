using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// One piece of coaching produced by a rule: who should act, on what, why (evidence and benchmark), what
/// to do and by when. Connectors write it as a CRM task keyed by <see cref="Key"/>.
/// </summary>
public sealed class CoachingTip
{
    private IDictionary<string, string>? evidence;
    private bool evidenceSet;

    /// <summary>Stable de-duplication key, see <see cref="TipKeys"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>The rule that produced it, see <see cref="RuleIds"/>.</summary>
    public string RuleId { get; set; } = "";

    /// <summary>The rep the tip is about.</summary>
    public string RepId { get; set; } = "";

    /// <summary>Who should act: the rep, or the manager for low-adoption tips (the rep when no manager is known).</summary>
    public string AssigneeId { get; set; } = "";

    /// <summary><see cref="TipRecordTypes.Opportunity"/> or <see cref="TipRecordTypes.Rep"/>.</summary>
    public string RecordType { get; set; } = "";

    /// <summary>The opportunity id or the rep id.</summary>
    public string RecordId { get; set; } = "";

    /// <summary>Severity from the profile.</summary>
    public Severity Severity { get; set; }

    /// <summary>Short title (task subject).</summary>
    public string Title { get; set; } = "";

    /// <summary>The message with the evidence and the benchmark.</summary>
    public string Message { get; set; } = "";

    /// <summary>
    /// Evidence as named values, at least <c>observed</c> and, where one exists, <c>benchmark</c>. The deal tips of one
    /// full run share equal evidence: copy it before changing it.
    /// </summary>
    public IDictionary<string, string> Evidence
    {
        // Made on first read when never set: every rule sets its own, and a full run raises twenty thousand tips.
        get
        {
            if (!evidenceSet)
            {
                evidence = new Dictionary<string, string>();
                evidenceSet = true;
            }

            return evidence!;
        }

        set
        {
            evidence = value;
            evidenceSet = true;
        }
    }

    /// <summary>The top-performer benchmark in words; null when the rule has none.</summary>
    public string? Benchmark { get; set; }

    /// <summary>What to do.</summary>
    public string RecommendedAction { get; set; } = "";

    /// <summary>Training link from the profile; null when none.</summary>
    public string? TrainingLink { get; set; }

    /// <summary>When it should be done.</summary>
    public DateTime DueOn { get; set; }

    /// <summary>The revenue at stake (a deal's pipeline amount; 0 for a rep-level tip), for <see cref="Policy.TipValue"/>.</summary>
    public double Stake { get; set; }

    /// <summary>The measured fact behind the tip as numbers; null when the rule measures nothing comparable.</summary>
    public TipSignal? Signal { get; set; }
}
