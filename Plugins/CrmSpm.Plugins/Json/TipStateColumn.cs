using System.Collections.Generic;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// Writes a tip state (<c>crmspm_tipstate</c> of a deal or a scorecard) within its column. An entry per rule keeps it
/// small; should it ever outgrow the column, answered tips go first, oldest first, since open ones drive the tasks.
/// </summary>
public static class TipStateColumn
{
    public static string Write(List<TipStateEntry> state)
    {
        var json = JsonColumn.Write(state);
        if (json.Length <= OpportunityColumns.JsonMaxLength)
        {
            return json;
        }

        var closed = state.FindAll(e => !e.Open);
        closed.Sort((a, b) => string.CompareOrdinal(a.ClosedOn ?? "", b.ClosedOn ?? ""));
        var open = state.FindAll(e => e.Open);
        BoundedText.WriteList(closed, OpportunityColumns.JsonMaxLength - JsonColumn.Write(open).Length, dropOldestFirst: true);
        state.Clear();
        state.AddRange(open);
        state.AddRange(closed);
        return BoundedText.WriteList(state, OpportunityColumns.JsonMaxLength, dropOldestFirst: false);
    }
}
