namespace CrmSpm.Core.Coaching.Queue;

/// <summary>The behaviour where a rep is furthest from the A tier, weighted by its effect on winning.</summary>
public sealed class BehaviourGap
{
    public string BehaviourKey { get; set; } = "";

    public string Label { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary>The rep's value.</summary>
    public double RepValue { get; set; }

    /// <summary>The A-tier benchmark.</summary>
    public double Benchmark { get; set; }

    /// <summary>(1 − closeness) × outcome weight: what ranks the gaps.</summary>
    public double Size { get; set; }
}
