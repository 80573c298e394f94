using System;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>
/// The round trips one synchronous event may make (docs/performance.md): at most <see cref="MaxCallsPerEvent"/>,
/// counted over both of the execution's services. Tip writes take what the deal's own read and writes leave.
/// </summary>
public sealed class EventBudget
{
    /// <summary>The most calls a save or activity event makes, the rep's own write excluded.</summary>
    public const int MaxCallsPerEvent = 4;

    private readonly RoundTripCounter _counter;
    private int _callsAfter;

    /// <param name="callsAfter">Calls the step still makes after the tips (an account's last touch).</param>
    public EventBudget(RoundTripCounter counter, int callsAfter)
    {
        _counter = counter;
        _callsAfter = callsAfter;
    }

    /// <summary>Sets the calls the step makes after the tips, once it knows them (after its read).</summary>
    public void ReserveAfter(int calls) => _callsAfter = calls;

    /// <summary>Calls left for tip writes, the deal's pending update (when <paramref name="dealWrite"/>) set aside.</summary>
    public int TipCallsLeft(bool dealWrite) =>
        Math.Max(0, MaxCallsPerEvent - _counter.Calls - (dealWrite ? 1 : 0) - _callsAfter);
}
