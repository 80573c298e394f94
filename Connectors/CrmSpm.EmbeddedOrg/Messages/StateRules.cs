using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// State changes Dataverse refuses, shared by Update and SetState:
// - a closed (completed/canceled) activity is read-only; only a change back to Open is accepted
//   (https://learn.microsoft.com/power-apps/developer/data-platform/activity-entities);
// - an opportunity is closed only by WinOpportunity/LoseOpportunity
//   (https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunity), reopened by SetState/Update to Open.
internal static class StateRules
{
    public const int Open = 0;
    public const int Won = 1;
    public const int Lost = 2;

    public static void CheckChange(TableCatalog catalog, string table, Row current, IEnumerable<string> columns, int? newState)
    {
        var definition = catalog.Require(table);
        var currentState = current.Get(ColumnNames.StateCode) is OptionSetValue state ? state.Value : Open;
        if (definition.IsActivity && currentState != Open && !(newState == Open && OnlyStateColumns(columns)))
        {
            throw OrgFaults.ReadOnlyRecord(table, current.Id);
        }

        if (table == TableNames.Opportunity && newState is Won or Lost)
        {
            throw newState == Won
                ? OrgFaults.UseCloseMessage("Won", "WinOpportunityRequest")
                : OrgFaults.UseCloseMessage("Lost", "LoseOpportunityRequest");
        }
    }

    // A state without a status gets the state's default status (StateOptionMetadata.DefaultStatus); -1 means default.
    public static OptionSetValue StatusFor(TableCatalog catalog, string table, int state, OptionSetValue? status)
    {
        if (status is { Value: >= 0 })
        {
            return status;
        }

        return new OptionSetValue(RecordValidator.DefaultStatus(catalog, table, state) ?? throw OrgFaults.BadState(table, state, status?.Value ?? -1));
    }

    private static bool OnlyStateColumns(IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            if (column is not (ColumnNames.StateCode or ColumnNames.StatusCode))
            {
                return false;
            }
        }

        return true;
    }
}
