using System.Collections.Generic;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// A 0–100 score with the components that make it up. A score can be absent (<see cref="Value"/> null) when
/// there is nothing to score, and then <see cref="NotScoredReason"/> says why; it is never a silent 0.
/// </summary>
public sealed class ExplainedScore
{
    private ExplainedScore(double? value, IReadOnlyList<ScoreComponent> components, string? notScoredReason)
    {
        Value = value;
        Components = components;
        NotScoredReason = notScoredReason;
    }

    /// <summary>The score 0–100, or null when not scored.</summary>
    public double? Value { get; }

    /// <summary>The weighted components; their <see cref="ScoreComponent.Points"/> sum to <see cref="Value"/>.</summary>
    public IReadOnlyList<ScoreComponent> Components { get; }

    /// <summary>Why there is no value; null when scored.</summary>
    public string? NotScoredReason { get; }

    /// <summary>Builds a score from components whose weights sum to 1 (or are renormalised here).</summary>
    public static ExplainedScore FromComponents(IReadOnlyList<ScoreComponent> components)
    {
        // Plain loops summing in list order, as Enumerable.Sum does: a thousand reps × two scores per run.
        double weightSum = 0;
        for (var i = 0; i < components.Count; i++)
        {
            weightSum += components[i].Weight;
        }

        if (components.Count == 0 || weightSum <= 0)
        {
            return NotScored("no component could be measured");
        }

        var normalised = new List<ScoreComponent>(components.Count);
        double value = 0;
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var component = new ScoreComponent(c.Key, c.Label, c.Value, c.Weight / weightSum, c.Evidence);
            normalised.Add(component);
            value += component.Points;
        }

        return new ExplainedScore(Clamp(value), normalised, null);
    }

    /// <summary>An absent score with its reason.</summary>
    public static ExplainedScore NotScored(string reason) =>
        new ExplainedScore(null, new ScoreComponent[0], reason);

    private static double Clamp(double value) => value < 0 ? 0 : value > 100 ? 100 : value;
}
