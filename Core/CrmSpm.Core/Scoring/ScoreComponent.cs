namespace CrmSpm.Core.Scoring;

/// <summary>One part of an explained score: its value, its weight and the evidence behind it.</summary>
public sealed class ScoreComponent
{
    public ScoreComponent(string key, string label, double value, double weight, string evidence)
    {
        Key = key;
        Label = label;
        Value = value;
        Weight = weight;
        Evidence = evidence;
    }

    /// <summary>Stable key, e.g. <c>freshness</c> or <c>touch-cadence:Propose</c>.</summary>
    public string Key { get; }

    public string Label { get; }

    /// <summary>The component's value from 0 (worst) to 1 (best).</summary>
    public double Value { get; }

    /// <summary>The component's share of the total, 0 to 1; the weights of a score sum to 1.</summary>
    public double Weight { get; }

    /// <summary>The facts behind the value, in words ("9 of 12 open deals touched within 14 days").</summary>
    public string Evidence { get; }

    /// <summary>Points this component contributes to a 0–100 score.</summary>
    public double Points => 100 * Value * Weight;
}
