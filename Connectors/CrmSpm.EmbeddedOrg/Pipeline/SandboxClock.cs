using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Simulated time of plugin executions: every service call a plugin makes costs EmbeddedOrgOptions.SimulatedCallLatency
// to it and to every execution it runs inside; past PluginTimeLimit (2 minutes in the sandbox,
// https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance#sandbox-timeout) the call fails
// with SandboxHostPluginTimeout and so does the execution. Latency 0 (the default) turns the clock off.
internal sealed class SandboxClock
{
    private readonly List<Timer> _active = new();
    private readonly TimeSpan _latency;
    private readonly TimeSpan _limit;

    public SandboxClock(TimeSpan latency, TimeSpan limit)
    {
        _latency = latency;
        _limit = limit;
    }

    public Timer Start(string step)
    {
        var timer = new Timer(step);
        _active.Add(timer);
        return timer;
    }

    public void End(Timer timer) => _active.Remove(timer);

    public void ChargeCall()
    {
        if (_latency <= TimeSpan.Zero || _active.Count == 0)
        {
            return;
        }

        foreach (var timer in _active)
        {
            timer.Used += _latency;
        }

        EnsureWithinLimit(_active[0]);
    }

    public void EnsureWithinLimit(Timer timer)
    {
        if (timer.Used > _limit)
        {
            throw OrgFaults.SandboxTimeout(timer.Step);
        }
    }

    internal sealed class Timer
    {
        public Timer(string step)
        {
            Step = step;
        }

        public string Step { get; }

        public TimeSpan Used { get; set; }
    }
}
