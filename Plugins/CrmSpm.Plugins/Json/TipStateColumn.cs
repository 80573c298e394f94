using System.Collections.Generic;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// Writes a tip state (<c>crmspm_tipstate</c> of a deal or a scorecard) within its column. An entry per rule keeps it
/// small; should it ever outgrow the column, answered tips go first, oldest first, since open ones drive the tasks.
/// </summary>
public static class TipStateColumn
{
    /// <summary>The deal's tip state (<see cref="OpportunityColumns.TipStateMaxLength"/>).</summary>
    public static string Write(List<TipStateEntry> state) => Write(state, OpportunityColumns.TipStateMaxLength);

    /// <summary>A tip state within <paramref name="maxLength"/> (the scorecard's: <see cref="ScorecardColumns.TipStateMaxLength"/>).</summary>
    public static string Write(List<TipStateEntry> state, int maxLength)
    {
        var json = JsonColumn.Write(state);
        if (json.Length <= maxLength)
        {
            return json;
        }

        var closed = state.FindAll(e => !e.Open);
        closed.Sort((a, b) => string.CompareOrdinal(a.ClosedOn ?? "", b.ClosedOn ?? ""));
        var open = state.FindAll(e => e.Open);
        BoundedText.WriteList(closed, maxLength - JsonColumn.Write(open).Length, dropOldestFirst: true);
        state.Clear();
        state.AddRange(open);
        state.AddRange(closed);
        return BoundedText.WriteList(state, maxLength, dropOldestFirst: false);
    }
}
