using System.Collections.Generic;
using CrmSpm.Core.Coaching;

namespace CrmSpm.Plugins.Coaching;

/// <summary>What one event must write about a deal's tips.</summary>
public sealed class TipPlan
{
    /// <summary>Tips to create or reopen, each with the show count it will carry.</summary>
    public List<KeyValuePair<CoachingTip, int>> ToRaise { get; } = new List<KeyValuePair<CoachingTip, int>>();

    /// <summary>Keys of open tips whose condition has cleared.</summary>
    public List<string> ToClose { get; } = new List<string>();

    /// <summary>Open tips whose condition still holds: their text is rewritten when their evidence changed.</summary>
    public List<CoachingTip> ToRefresh { get; } = new List<CoachingTip>();

    /// <summary>True when the deal's tip state changed and must be saved.</summary>
    public bool StateChanged { get; set; }

    public bool IsEmpty => ToRaise.Count == 0 && ToClose.Count == 0 && ToRefresh.Count == 0;
}
