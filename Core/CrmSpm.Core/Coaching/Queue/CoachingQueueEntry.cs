namespace CrmSpm.Core.Coaching.Queue;

/// <summary>A rep in the manager's coaching queue, with the revenue at stake and what to coach.</summary>
public sealed class CoachingQueueEntry
{
    public string RepId { get; set; } = "";

    public string RepName { get; set; } = "";

    /// <summary>The manager whose queue this is; null when unknown.</summary>
    public string? ManagerId { get; set; }

    /// <summary>1-based place in the queue (1 = coach first): stored on the scorecard, and every reader shows this order.</summary>
    public int Rank { get; set; }

    /// <summary>Open pipeline amount.</summary>
    public decimal OpenPipeline { get; set; }

    /// <summary>Open amount expected to close within queue.horizonDays: what the gain is counted on.</summary>
    public decimal HorizonPipeline { get; set; }

    /// <summary>The rep's win rate.</summary>
    public double WinRate { get; set; }

    /// <summary>The win rate the queue lifts toward: the A tier's median, or the org median (<see cref="TargetBasis"/>).</summary>
    public double TargetWinRate { get; set; }

    /// <summary>Where <see cref="TargetWinRate"/> comes from: the gain text names it ("top performers" or "org median").</summary>
    public QueueTargetBasis TargetBasis { get; set; }

    /// <summary>min(target − win rate, queue.winRateLiftPoints ÷ 100): the realistic lift.</summary>
    public double WinRateLift { get; set; }

    /// <summary>Horizon pipeline × lift: the expected revenue gain that orders the queue.</summary>
    public decimal ExpectedGain { get; set; }

    /// <summary>The behaviour to coach on; null when the rep shows no gap on a practice.</summary>
    public BehaviourGap? LargestGap { get; set; }

    /// <summary>The gain in words, with currency and horizon (<see cref="QueueWording.Gain"/>).</summary>
    public string GainText { get; set; } = "";

    /// <summary>What to coach, with the rep's value against the benchmark (<see cref="QueueWording.Coach"/>).</summary>
    public string CoachText { get; set; } = "";
}
