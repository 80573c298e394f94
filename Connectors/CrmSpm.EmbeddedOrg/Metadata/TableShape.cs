using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Metadata;

// What every write to one table needs from its metadata, worked out once (again only after a column is added)
// instead of column by column on every call: system columns present, the open state's default status, and the
// columns a Create must set.
internal sealed class TableShape
{
    public TableShape(TableDefinition table)
    {
        Owned = table.Column(ColumnNames.OwnerId) != null;
        State = table.Column(ColumnNames.StateCode);
        Status = table.Column(ColumnNames.StatusCode);
        OpenStatus = new OptionSetValue(State?.StateOptions is { } states && states.TryGetValue(0, out var status) ? status : 1);
        var required = new List<ColumnDefinition>();
        foreach (var column in table.Columns)
        {
            if (column.RequiredOnCreate)
            {
                required.Add(column);
            }
        }

        RequiredOnCreate = required.ToArray();
    }

    public bool Owned { get; }

    public ColumnDefinition? State { get; }

    public ColumnDefinition? Status { get; }

    // The default status of statecode 0 (Open/Active); shared by the rows that hold it, never handed out.
    public OptionSetValue OpenStatus { get; }

    public IReadOnlyList<ColumnDefinition> RequiredOnCreate { get; }
}
