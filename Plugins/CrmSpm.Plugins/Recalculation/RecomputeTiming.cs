using System;
using System.Diagnostics;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// How an execution of the recompute measures the time it has used. In Dataverse: a stopwatch, which sees the real
/// round trips and our compute. In tests and benchmarks: a simulated latency per service call (the embedded org
/// answers in microseconds), so a test drives the budget by counted calls, deterministically.
/// </summary>
public abstract class RecomputeTiming
{
    /// <summary>Wall time since the execution started (a stopwatch, never the date clock).</summary>
    public static RecomputeTiming Real { get; } = new StopwatchTiming();

    /// <summary>Elapsed time is the calls made so far times <paramref name="perCall"/>; compute counts as free.</summary>
    public static RecomputeTiming SimulatedLatency(TimeSpan perCall) => new SimulatedTiming(perCall);

    /// <summary>Starts measuring one execution whose calls go through <paramref name="calls"/>; returns its elapsed-time reader.</summary>
    public abstract Func<TimeSpan> Start(RoundTripCounter calls);

    private sealed class StopwatchTiming : RecomputeTiming
    {
        public override Func<TimeSpan> Start(RoundTripCounter calls)
        {
            var watch = Stopwatch.StartNew();
            return () => watch.Elapsed;
        }
    }

    private sealed class SimulatedTiming : RecomputeTiming
    {
        private readonly TimeSpan _perCall;

        public SimulatedTiming(TimeSpan perCall)
        {
            if (perCall < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(perCall), "A latency cannot be negative.");
            }

            _perCall = perCall;
        }

        public override Func<TimeSpan> Start(RoundTripCounter calls) => () => TimeSpan.FromTicks(_perCall.Ticks * calls.Calls);
    }
}
