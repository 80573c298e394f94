using System;

namespace CrmSpm.Core.Coaching.Reinforcement;

/// <summary>What to do with a tip now, and the state to store.</summary>
public sealed class ReinforcementDecision
{
    public ReinforcementDecision(bool showNow, TipShowState state, DateTime? nextShowOn)
    {
        ShowNow = showNow;
        State = state;
        NextShowOn = nextShowOn;
    }

    /// <summary>True when the tip should be (re)opened and shown now.</summary>
    public bool ShowNow { get; }

    /// <summary>The updated state to persist (a copy; the input is not modified).</summary>
    public TipShowState State { get; }

    /// <summary>When a recurring tip held back now may show again; null when not waiting.</summary>
    public DateTime? NextShowOn { get; }
}
