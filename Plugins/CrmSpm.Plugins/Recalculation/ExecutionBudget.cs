using System;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The time one execution of the recompute may spend before it stops starting new work and hands back its
/// continuation token. The sandbox ends an execution after 2 minutes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance); the default soft limit is
/// well under half of that, because the unit in flight when the limit passes still has to finish (a team's load and
/// its scorecards: a few hundred calls), and because every deal written holds its row lock until the execution's
/// transaction commits.
/// </summary>
public sealed class ExecutionBudget
{
    /// <summary>When the sandbox stops an execution.</summary>
    public static readonly TimeSpan SandboxLimit = TimeSpan.FromMinutes(2);

    /// <summary>When an execution stops starting new work, by default.</summary>
    public static readonly TimeSpan DefaultSoftLimit = TimeSpan.FromSeconds(45);

    private readonly Func<TimeSpan> _elapsed;

    public ExecutionBudget(TimeSpan softLimit, Func<TimeSpan> elapsed)
    {
        if (softLimit <= TimeSpan.Zero || softLimit >= SandboxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(softLimit), "The soft limit must be positive and under the sandbox's 2 minutes.");
        }

        SoftLimit = softLimit;
        _elapsed = elapsed ?? throw new ArgumentNullException(nameof(elapsed));
    }

    public TimeSpan SoftLimit { get; }

    public TimeSpan Elapsed => _elapsed();

    /// <summary>True while new work may start.</summary>
    public bool HasTimeLeft => _elapsed() < SoftLimit;

    /// <summary>
    /// True when the next unit of work (a team's model and scorecards, or one deal) may start: while time is left,
    /// and always for the first unit, so every execution moves the run forward even when loading a team alone used
    /// the whole budget.
    /// </summary>
    public bool MayStartWork() => !_didWork || HasTimeLeft;

    /// <summary>Records that a unit of work was completed in this execution.</summary>
    public void WorkDone() => _didWork = true;

    private bool _didWork;
}
