using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching.Reinforcement;

/// <summary>
/// Spaced reinforcement: a tip shows once when its condition first holds and stays open until it clears
/// (or the rep closes it). If the behaviour comes back, the tip returns only after a growing interval since
/// its last showing (windows.reinforcementIntervalsDays, e.g. 2, 7, 21 days; the last interval repeats),
/// never every day. Every showing is counted.
/// </summary>
public sealed class ReinforcementSchedule
{
    private readonly int[] intervalsDays;

    /// <summary>Creates a schedule; an empty or null list means a single interval of 7 days.</summary>
    public ReinforcementSchedule(IEnumerable<int>? intervalsDays)
    {
        var intervals = (intervalsDays ?? Enumerable.Empty<int>()).Where(d => d > 0).ToArray();
        this.intervalsDays = intervals.Length == 0 ? new[] { 7 } : intervals;
    }

    /// <summary>Days to wait before the next showing after <paramref name="showCount"/> showings.</summary>
    public int IntervalAfter(int showCount) => intervalsDays[Math.Min(Math.Max(showCount, 1), intervalsDays.Length) - 1];

    /// <summary>
    /// Decides for tip <paramref name="key"/> whose rule condition is (or is not) <paramref name="conditionActive"/>
    /// at <paramref name="now"/>, given its stored <paramref name="state"/> (null when never shown).
    /// </summary>
    public ReinforcementDecision Decide(string key, TipShowState? state, bool conditionActive, DateTime now)
    {
        var next = state?.Copy() ?? new TipShowState { Key = key };
        if (!conditionActive)
        {
            if (next.IsOpen)
            {
                next.IsOpen = false;
                next.ClosedOn = now;
            }

            return new ReinforcementDecision(false, next, null);
        }

        if (next.IsOpen)
        {
            return new ReinforcementDecision(false, next, null);
        }

        if (next.ShowCount > 0 && next.LastShownOn.HasValue)
        {
            var due = next.LastShownOn.Value.AddDays(IntervalAfter(next.ShowCount));
            if (now < due)
            {
                return new ReinforcementDecision(false, next, due);
            }
        }

        next.ShowCount++;
        next.LastShownOn = now;
        next.IsOpen = true;
        return new ReinforcementDecision(true, next, null);
    }

    /// <summary>Records that the rep completed or dismissed the tip; its condition may bring it back later on schedule.</summary>
    public TipShowState Close(TipShowState state, DateTime now)
    {
        if (state == null)
        {
            throw new ArgumentNullException(nameof(state));
        }

        var next = state.Copy();
        next.IsOpen = false;
        next.ClosedOn = now;
        return next;
    }
}
