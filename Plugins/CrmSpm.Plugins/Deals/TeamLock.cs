using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// The lock on a team's shared rows (its model, its reps' scorecards, its deals' tip state): an Upsert of the team's
/// own <c>crmspm_modelstate</c> row by its key, taken before reading what the caller changes. Inside the step's
/// transaction the write holds the row until the save commits, so a second writer in the team waits at its own
/// lock and then reads the first one's result (a tip answer). A close's asynchronous job has no transaction, so there
/// the Upsert commits at once and orders only jobs that run one after the other (docs/plugins.md, "Closes"). It is our
/// own row, so no other solution's Update step fires and no deal is stamped as modified.
/// </summary>
public static class TeamLock
{
    /// <summary>Takes the team's lock; creates the row on the team's first use. False (no call) without a team.</summary>
    /// <param name="version">
    /// The next <c>crmspm_version</c> when the caller read the current one (a close); null leaves the number alone
    /// (a tip answer locks before it reads anything: any update holds the row, the platform stamps its modifiedon).
    /// </param>
    public static bool Take(IOrganizationService service, EntityReference? team, int? version)
    {
        if (team == null || team.LogicalName != BusinessUnitColumns.EntityName)
        {
            return false;
        }

        service.Execute(new UpsertRequest { Target = Row(team, version) });
        return true;
    }

    /// <summary>The team's model-state row addressed by its alternate key, with its business unit (and name when known).</summary>
    public static Entity Row(EntityReference team, int? version)
    {
        var row = new Entity(ModelStateColumns.EntityName, ModelStateColumns.TeamKey, team.Id.ToString())
        {
            [ModelStateColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, team.Id),
        };
        if (team.Name != null)
        {
            // Only a known name: a lookup without one must not overwrite the team's name with its id.
            row[ModelStateColumns.Name] = BoundedText.Truncate(team.Name, ModelStateColumns.NameMaxLength);
        }

        if (version.HasValue)
        {
            row[ModelStateColumns.Version] = version.Value;
        }

        return row;
    }
}
