extern alias plugins;
using System;
using plugins::CrmSpm.Plugins.Coaching;

namespace CrmSpm.SnapshotRows;

/// <summary>
/// Stable row ids for a snapshot's records: the name-based UUID (version 5,
/// https://www.rfc-editor.org/rfc/rfc9562#section-5.5) of the record's text id, made by the plugins' one
/// implementation (<see cref="TipIdentity.NameBased"/>). The same snapshot therefore gives the same ids, so everything
/// ordered by id or key prints in the same order every run.
/// </summary>
public static class RowIds
{
    private static readonly Guid Namespace = new("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19");

    /// <summary>The row id of the record <paramref name="recordId"/> (e.g. "rep-0001", "opp-0000042").</summary>
    public static Guid For(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return TipIdentity.NameBased(Namespace, recordId);
    }
}
