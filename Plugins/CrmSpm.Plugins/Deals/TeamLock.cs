using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// The team's own <c>crmspm_modelstate</c> row (one per business unit, alternate key <c>crmspm_teamkey</c>) and the
/// lock a tip answer takes on it: an Upsert by the key before reading what the answer changes. Inside the step's
/// transaction the write holds the row until the save commits, so a second writer in the team waits at its own lock
/// and then reads the first one's result. It is our own row, so no other solution's Update step fires and no deal is
/// stamped as modified. A close runs as an asynchronous job with no transaction to hold a lock in: it guards its
/// writes with the row version instead (Outcomes/OptimisticWrite.cs, docs/plugins.md "Closes").
/// </summary>
public static class TeamLock
{
    /// <summary>Takes the team's lock; creates the row on the team's first use. False (no call) without a team.</summary>
    public static bool Take(IOrganizationService service, EntityReference? team)
    {
        if (team == null || team.LogicalName != BusinessUnitColumns.EntityName)
        {
            return false;
        }

        service.Execute(new UpsertRequest { Target = Row(team) });
        return true;
    }

    /// <summary>The value of the row's alternate key for a team.</summary>
    public static string KeyOf(EntityReference team) => team.Id.ToString();

    /// <summary>The team's model-state row addressed by its alternate key, with its business unit (and name when known).</summary>
    public static Entity Row(EntityReference team) =>
        Describe(new Entity(ModelStateColumns.EntityName, ModelStateColumns.TeamKey, KeyOf(team)), team);

    /// <summary>A new model-state row for a team, its key as a column (to Create: a second row with the key is refused).</summary>
    public static Entity NewRow(EntityReference team) =>
        Describe(new Entity(ModelStateColumns.EntityName) { [ModelStateColumns.TeamKey] = KeyOf(team) }, team);

    private static Entity Describe(Entity row, EntityReference team)
    {
        row[ModelStateColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, team.Id);
        if (team.Name != null)
        {
            // Only a known name: a lookup without one must not overwrite the team's name with its id.
            row[ModelStateColumns.Name] = BoundedText.Truncate(team.Name, ModelStateColumns.NameMaxLength);
        }

        return row;
    }
}
