extern alias plugins;
using System;
using System.Globalization;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.SnapshotRows;

/// <summary>
/// What exists before a snapshot's history starts, as rows: a team's business unit, its reps and managers as users,
/// the accounts, the quotas the managers entered on the reps' scorecards, and the active scoring profile. Ids come from <see cref="RowIds"/>.
/// </summary>
public static class OrgRows
{
    /// <summary>The business unit of team <paramref name="teamId"/> ("team-002" is "Sales team 2"), under <paramref name="parentUnit"/>.</summary>
    public static Entity Team(string teamId, Guid parentUnit) => new(BusinessUnitColumns.EntityName, RowIds.For(teamId))
    {
        [StandardNames.Name] = "Sales team " + Number(teamId),
        [StandardNames.ParentBusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, parentUnit),
    };

    /// <summary>A rep as a user of <paramref name="unit"/>, reporting to <paramref name="manager"/> when set, with its territory size when known.</summary>
    public static Entity User(Rep rep, Guid unit, Guid? manager)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var user = User(rep.Id, rep.Name, unit, manager, rep.StartDate);
        if (rep.TerritorySize > 0)
        {
            // Blank means unknown; the generator's sizes are whole numbers.
            user[SystemUserColumns.TerritorySize] = (decimal)rep.TerritorySize;
        }

        return user;
    }

    /// <summary>The manager <paramref name="managerId"/> ("mgr-001" is "Manager 1") as a user of <paramref name="unit"/>, hired on <paramref name="startDate"/>.</summary>
    public static Entity Manager(string managerId, Guid unit, DateTime startDate) =>
        User(managerId, "Manager " + Number(managerId), unit, null, startDate);

    /// <summary>The account <paramref name="accountId"/> ("acct-7" is "Account 7").</summary>
    public static Entity Account(string accountId) => new(AccountColumns.EntityName, RowIds.For(accountId))
    {
        [StandardNames.Name] = "Account " + Number(accountId),
    };

    /// <summary>
    /// The manager's quota for one period: the rep's scorecard row of that period with only <c>crmspm_quota</c> (the
    /// recompute never overwrites it); attainment and milestone recognition are measured against it.
    /// </summary>
    public static Entity Quota(Rep rep, Guid repUser, PeriodQuota quota)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(quota);
        return new Entity(ScorecardColumns.EntityName, RowIds.For(rep.Id + "|" + quota.Period))
        {
            [ScorecardColumns.Name] = rep.Name + " " + quota.Period,
            [ScorecardColumns.Key] = repUser + "|" + quota.Period,
            [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, repUser),
            [ScorecardColumns.Period] = quota.Period,
            [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, repUser),
            [ScorecardColumns.Quota] = new Money(quota.Amount),
        };
    }

    /// <summary>
    /// <paramref name="profile"/> as the org's one active <c>crmspm_scoringprofile</c> row ("Default", version 1), saved
    /// through the service so the profile validation step runs on it as in Dataverse.
    /// </summary>
    public static Entity Profile(ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new Entity(ScoringProfileColumns.EntityName, RowIds.For("profile-default"))
        {
            [ScoringProfileColumns.Name] = "Default",
            [ScoringProfileColumns.ProfileJson] = ScoringProfileJson.ToJson(profile),
            [ScoringProfileColumns.Version] = 1,
            [ScoringProfileColumns.IsActive] = true,
        };
    }

    /// <summary>A user with a fixed id and hire date (<c>createdon</c>, which the recompute reads as the rep's start date for tenure).</summary>
    private static Entity User(string recordId, string name, Guid unit, Guid? manager, DateTime startDate)
    {
        var user = new Entity(SystemUserColumns.EntityName, RowIds.For(recordId))
        {
            [SystemUserColumns.FullName] = name,
            [SystemUserColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, unit),
            [SystemUserColumns.CreatedOn] = startDate,
        };
        if (manager.HasValue)
        {
            user[SystemUserColumns.ParentSystemUserId] = new EntityReference(SystemUserColumns.EntityName, manager.Value);
        }

        return user;
    }

    /// <summary>"team-002" → "2": the number in a record id, for display names; the whole id when it has none.</summary>
    private static string Number(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var dash = recordId.LastIndexOf('-');
        return dash >= 0 && int.TryParse(recordId.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : recordId;
    }
}
