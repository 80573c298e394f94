using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Plays the history month by month with the recompute the product schedules every night. Running it every night of
/// 14 months would make the demo slow, so it runs on the last evening of each month (then the month's scorecard is
/// final, next month's trend has a previous period, and the per-event steps score with the team's benchmarks and
/// the model row linked to the active profile, as in an org that has been live for a while), and once more at "now".
/// </summary>
public sealed class MonthByMonthReplay
{
    /// <summary>The recompute's hour on the last day of a month: a scheduled flow's nightly slot, before midnight.</summary>
    public static readonly TimeSpan MonthEndRun = TimeSpan.FromHours(23);

    /// <summary>Events replayed between two progress reports: a second's work or less on a loaded machine.</summary>
    private const int ProgressEvery = 250;

    private readonly DemoOrg org;
    private readonly HistoryReplayer replayer;
    private readonly NightlyRecompute recompute;

    public MonthByMonthReplay(DemoOrg org)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
        replayer = new HistoryReplayer(org);
        recompute = new NightlyRecompute(org);
    }

    /// <summary>
    /// Replays <paramref name="events"/> (oldest first) up to <paramref name="now"/>, then runs the final recompute at
    /// <paramref name="now"/>; <paramref name="progress"/> hears the events replayed so far and their total every few hundred events.
    /// </summary>
    public MonthByMonthResult Run(IReadOnlyList<ReplayEvent> events, DateTime now, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var monthEnds = RecomputeReport.None;
        var runs = 0;
        foreach (var month in events.GroupBy(e => SalesPeriod.Containing(e.When)))
        {
            foreach (var chunk in month.Chunk(ProgressEvery))
            {
                replayer.Replay(chunk);
                progress?.Invoke(replayer.Statistics.TotalEvents, events.Count);
            }

            var evening = month.Key.End.AddDays(-1).Add(MonthEndRun);
            if (evening < now)
            {
                MoveClockTo(evening);
                monthEnds = monthEnds.Plus(recompute.Run());
                runs++;
            }
        }

        MoveClockTo(now);
        var final = recompute.Run();
        return new MonthByMonthResult(replayer.Statistics, runs, monthEnds, final);
    }

    /// <summary>Moves the org's clock forward (never back: an event may be later than the month's evening run).</summary>
    private void MoveClockTo(DateTime instant)
    {
        if (instant > org.UtcNow)
        {
            org.Time.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc)));
        }
    }
}
