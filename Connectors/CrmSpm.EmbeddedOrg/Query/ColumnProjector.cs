using System.Collections.Generic;
using System.Globalization;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Builds the returned Entity: the primary key always, then the ColumnSet's columns that hold a value (null columns
// are never returned, https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns), then linked columns as AliasedValue under "alias.column".
// Entity.RowVersion is the row's version; `versionnumber`, asked for by name, is the same number (a linked row's
// version is only readable that way).
internal static class ColumnProjector
{
    public static Entity Project(string table, string primaryIdColumn, Row row, ColumnSet? columns)
    {
        var entity = new Entity(table, row.Id) { RowVersion = row.Version.ToString(CultureInfo.InvariantCulture) };
        if (columns != null && columns.AllColumns)
        {
            foreach (var pair in row.Values)
            {
                entity.Attributes[pair.Key] = ValueCloner.Clone(pair.Value);
            }

            return entity;
        }

        entity.Attributes[primaryIdColumn] = row.Id;

        if (columns != null)
        {
            foreach (var column in columns.Columns)
            {
                if (row.Values.TryGetValue(column, out var value))
                {
                    entity.Attributes[column] = ValueCloner.Clone(value);
                }
                else if (column == ColumnNames.VersionNumber)
                {
                    entity.Attributes[column] = row.Version;
                }
            }
        }

        return entity;
    }

    public static void AddLinked(Entity entity, string alias, string table, Row? row, ColumnSet? columns)
    {
        if (row == null || columns == null)
        {
            return;
        }

        IEnumerable<string> names = columns.AllColumns ? row.Values.Keys : columns.Columns;
        foreach (var column in names)
        {
            if (row.Values.TryGetValue(column, out var value))
            {
                entity.Attributes[alias + "." + column] = new AliasedValue(table, column, ValueCloner.Clone(value));
            }
            else if (column == ColumnNames.VersionNumber)
            {
                entity.Attributes[alias + "." + column] = new AliasedValue(table, column, row.Version);
            }
        }
    }
}
