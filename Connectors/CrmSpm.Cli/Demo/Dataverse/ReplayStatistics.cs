using System.Collections.Generic;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>What the replay sent and what the platform did with it, from the embedded org's counters.</summary>
public sealed class ReplayStatistics
{
    /// <summary>Events replayed, per kind.</summary>
    public IDictionary<ReplayEventKind, int> Events { get; } = new SortedDictionary<ReplayEventKind, int>();

    /// <summary>Service calls of the replay, plugins' nested calls included.</summary>
    public long Calls { get; set; }

    public long RowsRead { get; set; }

    public long RowsWritten { get; set; }

    /// <summary>Opportunity updates (stage, close date, next step) and the plugin round trips they caused, the update itself excluded.</summary>
    public RoundTrips OpportunityUpdates { get; } = new RoundTrips();

    /// <summary>Completed activities' creates and the plugin round trips they caused, the create itself excluded.</summary>
    public RoundTrips ActivityCreates { get; } = new RoundTrips();

    /// <summary>Events that queued system jobs (Win, Lose, reopen) and the calls those jobs made, off the rep's save.</summary>
    public RoundTrips AsyncJobs { get; } = new RoundTrips();

    /// <summary>Calls the org refused with a fault (a rep would have seen an error); the first few are in <see cref="Rejections"/>.</summary>
    public int RejectedCalls { get; private set; }

    /// <summary>The first <see cref="MaxRejectionsKept"/> refusals: event, deal and the fault's message.</summary>
    public IList<string> Rejections { get; } = new List<string>();

    /// <summary>How many refusal messages are kept.</summary>
    public const int MaxRejectionsKept = 5;

    /// <summary>Plugin executions that traced "skipped after an internal error" (the rep's save went through; the recompute heals).</summary>
    public int SkippedSteps { get; set; }

    public int TotalEvents
    {
        get
        {
            var total = 0;
            foreach (var count in Events.Values)
            {
                total += count;
            }

            return total;
        }
    }

    internal void Reject(string message)
    {
        RejectedCalls++;
        if (Rejections.Count < MaxRejectionsKept)
        {
            Rejections.Add(message);
        }
    }

    internal void Count(ReplayEventKind kind) => Events[kind] = Events.TryGetValue(kind, out var count) ? count + 1 : 1;
}

/// <summary>Round trips of one kind of triggering call: how many such calls, and the plugin calls they caused in total and at most.</summary>
public sealed class RoundTrips
{
    public int Operations { get; private set; }

    public long PluginCalls { get; private set; }

    public long Max { get; private set; }

    /// <summary>Plugin calls per operation; null before the first one.</summary>
    public double? Average => Operations == 0 ? null : (double)PluginCalls / Operations;

    internal void Add(long pluginCalls)
    {
        Operations++;
        PluginCalls += pluginCalls;
        if (pluginCalls > Max)
        {
            Max = pluginCalls;
        }
    }
}
