using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Plugins.Json;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Counts what a tip state says was shown in the weekly cap's window (<see cref="TipBudget.ShownInWeek"/>): an entry
/// per tip, its <c>lastShownOn</c> the last raise or resurface. Both plugin paths count a rep's other records with it
/// (docs/plugins.md, "Weekly tip cap").
/// </summary>
public static class ShownThisWeek
{
    public static int In(IEnumerable<TipStateEntry> state, DateTime now) =>
        state.Count(e => TipBudget.ShownInWeek(IsoDate.Read(e.LastShownOn), now));

    /// <summary>The count of a stored <c>crmspm_tipstate</c> column; an empty or unreadable one counts none.</summary>
    public static int In(string? tipStateJson, DateTime now)
    {
        var state = JsonColumn.Read<List<TipStateEntry>>(tipStateJson);
        return state == null ? 0 : In(state, now);
    }
}
