using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Metadata;

// The columns Dataverse creates with every custom table (primary key, audit, ownership, state and status), so a
// table defined in code or a solution that lists only its own columns still has them
// (https://learn.microsoft.com/power-apps/developer/data-platform/create-edit-entities-portal).
public static class StandardColumns
{
    public static TableDefinition AddTo(TableDefinition table)
    {
        table.Add(new ColumnDefinition(table.PrimaryIdColumn, ColumnType.Uniqueidentifier) { ValidForUpdate = false });
        AddIfMissing(table, new ColumnDefinition(ColumnNames.CreatedOn, ColumnType.DateTime) { ValidForCreate = false, ValidForUpdate = false });
        AddIfMissing(table, new ColumnDefinition(ColumnNames.ModifiedOn, ColumnType.DateTime) { ValidForCreate = false, ValidForUpdate = false });
        AddIfMissing(table, new ColumnDefinition("overriddencreatedon", ColumnType.DateTime) { ValidForUpdate = false });
        foreach (var audit in new[] { ColumnNames.CreatedBy, ColumnNames.ModifiedBy, "createdonbehalfby", "modifiedonbehalfby" })
        {
            AddIfMissing(table, new ColumnDefinition(audit, ColumnType.Lookup) { Targets = new[] { TableNames.SystemUser }, ValidForCreate = false, ValidForUpdate = false });
        }

        AddIfMissing(table, new ColumnDefinition(ColumnNames.VersionNumber, ColumnType.BigInt) { ValidForCreate = false, ValidForUpdate = false });
        AddIfMissing(table, new ColumnDefinition("importsequencenumber", ColumnType.Integer) { ValidForUpdate = false });
        if (table.Ownership == TableOwnership.UserOwned)
        {
            AddIfMissing(table, new ColumnDefinition(ColumnNames.OwnerId, ColumnType.Owner) { Targets = new[] { TableNames.SystemUser, TableNames.Team } });
            AddIfMissing(table, new ColumnDefinition(ColumnNames.OwningBusinessUnit, ColumnType.Lookup) { Targets = new[] { TableNames.BusinessUnit }, ValidForCreate = false, ValidForUpdate = false });
            AddIfMissing(table, new ColumnDefinition("owninguser", ColumnType.Lookup) { Targets = new[] { TableNames.SystemUser }, ValidForCreate = false, ValidForUpdate = false });
            AddIfMissing(table, new ColumnDefinition("owningteam", ColumnType.Lookup) { Targets = new[] { TableNames.Team }, ValidForCreate = false, ValidForUpdate = false });
        }
        else
        {
            AddIfMissing(table, new ColumnDefinition("organizationid", ColumnType.Lookup) { Targets = new[] { "organization" }, ValidForCreate = false, ValidForUpdate = false });
        }

        // Active (0, default status 1) and Inactive (1, default status 2), as a new custom table gets them.
        AddIfMissing(table, new ColumnDefinition(ColumnNames.StateCode, ColumnType.State)
        {
            ValidForCreate = false,
            StateOptions = new Dictionary<int, int> { [0] = 1, [1] = 2 },
        });
        AddIfMissing(table, new ColumnDefinition(ColumnNames.StatusCode, ColumnType.Status)
        {
            StateOptions = new Dictionary<int, int> { [1] = 0, [2] = 1 },
        });
        return table;
    }

    private static void AddIfMissing(TableDefinition table, ColumnDefinition column)
    {
        if (table.Column(column.Name) == null)
        {
            table.Add(column);
        }
    }
}
