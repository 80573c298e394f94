namespace CrmSpm.Core.Coaching;

/// <summary>
/// What a rule measured, for <see cref="TipWording"/> to put in words: the measure, the rep's figure, top performers'
/// figure (cited only when better than the rep's), and the configured bar the rule fires against.
/// </summary>
public sealed class TipFacts
{
    /// <summary>What is measured, e.g. "Days since the last touch".</summary>
    public string Measure { get; set; } = "";

    /// <summary>Whose figure <see cref="Observed"/> is: "You" unless the tip is read by someone else (a manager).</summary>
    public string ObservedLabel { get; set; } = TipWording.You;

    /// <summary>The rep's figure in words ("16 days").</summary>
    public string Observed { get; set; } = "";

    /// <summary>Top performers' figure in words ("4 days"); null when there is none.</summary>
    public string? Benchmark { get; set; }

    /// <summary>The bar's label ("Limit", "Minimum"), shown when no benchmark is cited; null when none.</summary>
    public string? LimitLabel { get; set; }

    /// <summary>The configured bar in words ("14 days").</summary>
    public string? Limit { get; set; }

    /// <summary>The same facts as numbers, see <see cref="TipSignal"/>.</summary>
    public TipSignal? Signal { get; set; }
}
