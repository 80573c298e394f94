using System;
using System.Collections.Generic;
using System.Text;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// Every sentence a tip shows, in one place (docs/scoring.md, "Tip policy"): it leads with the action, then the
/// evidence as "Days since the last touch — You: 16 days · Top performers: 4 days". The title names the problem, never
/// the record (the tip sits on it). A benchmark no better than the rep's own figure is not cited; the rule's bar is
/// shown instead. Connectors write <see cref="Description"/> as the task's text, so both CRMs read the same words.
/// </summary>
public static class TipWording
{
    public const string You = "You";

    public const string TopPerformers = "Top performers";

    public const string Separator = " · ";

    public const string LearnMore = "Learn more: ";

    [ThreadStatic]
    private static StringBuilder? messageBuilder;

    /// <summary>Fills the tip's action, message, evidence, benchmark and signal from <paramref name="facts"/>.</summary>
    public static void Apply(CoachingTip tip, string action, TipFacts facts) => Apply(tip, action, facts, null);

    /// <summary><see cref="Apply(CoachingTip, string, TipFacts)"/> with the texts shared through <paramref name="texts"/> (null: none).</summary>
    internal static void Apply(CoachingTip tip, string action, TipFacts facts, TipTextMemo? texts)
    {
        var citeBenchmark = facts.Benchmark != null && (facts.Signal == null || !facts.Signal.Benchmark.HasValue || facts.Signal.BenchmarkIsBetter);
        var benchmark = citeBenchmark ? facts.Benchmark : null;
        string? otherLabel = null, other = null;
        if (citeBenchmark)
        {
            otherLabel = TopPerformers;
            other = facts.Benchmark;
        }
        else if (facts.LimitLabel != null && facts.Limit != null)
        {
            otherLabel = facts.LimitLabel;
            other = facts.Limit;
        }

        tip.RecommendedAction = action;
        tip.Message = texts == null ? Message(action, facts, otherLabel, other) : texts.Message(action, facts, otherLabel, other);
        tip.Evidence = texts == null ? Evidence(facts.Observed, benchmark) : texts.Evidence(facts.Observed, benchmark);
        tip.Benchmark = benchmark;
        tip.Signal = facts.Signal;
        if (!citeBenchmark && tip.Signal != null)
        {
            tip.Signal.Benchmark = null;
        }
    }

    /// <summary>The evidence: what was observed and, when cited, top performers' figure.</summary>
    internal static IDictionary<string, string> Evidence(string observed, string? benchmark)
    {
        var evidence = new Dictionary<string, string> { [EvidenceKeys.Observed] = observed };
        if (benchmark != null)
        {
            evidence[EvidenceKeys.Benchmark] = benchmark;
        }

        return evidence;
    }

    /// <summary>
    /// "{action}\n{measure} — {label}: {observed}", then " · {other label}: {other}" when there is one. One builder per
    /// thread is reused (the pattern of the framework's own StringBuilderCache): a full run words a tip per open deal,
    /// and a new builder each time left a grown buffer and an extra copy of the line behind.
    /// </summary>
    internal static string Message(string action, TipFacts facts, string? otherLabel, string? other)
    {
        var message = (messageBuilder ??= new StringBuilder(256)).Clear();
        message.Append(action).Append('\n').Append(facts.Measure).Append(" — ").Append(facts.ObservedLabel).Append(": ").Append(facts.Observed);
        if (otherLabel != null)
        {
            message.Append(Separator).Append(otherLabel).Append(": ").Append(other);
        }

        return message.ToString();
    }

    /// <summary>The task text: the message, then where to learn more.</summary>
    public static string Description(CoachingTip tip) =>
        string.IsNullOrEmpty(tip.TrainingLink) ? tip.Message : tip.Message + "\n" + LearnMore + tip.TrainingLink;

    /// <summary>What a rep reads and who acts: an open tip whose fingerprint changed is rewritten.</summary>
    public static string Fingerprint(CoachingTip tip) => tip.Title + "\n" + Description(tip) + "\n" + tip.AssigneeId;
}
