extern alias plugins;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.PluginHost;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Sets up what exists before the history starts: an embedded org with CrmSpm installed, one business unit per
/// generated team, its manager and reps (with their roles and hire dates), the accounts, the quotas the managers
/// entered on the reps' scorecards, and the active scoring profile (saved through the service, so the profile
/// validation step runs on it as in Dataverse).
/// </summary>
public sealed class DemoOrgBuilder
{
    private readonly ScoringProfile profile;

    public DemoOrgBuilder(ScoringProfile profile)
    {
        this.profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    /// <summary>Builds the org for <paramref name="snapshot"/>; its clock starts at <paramref name="start"/>.</summary>
    public DemoOrg Build(OrgSnapshot snapshot, DateTime start)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var time = new ManualTimeProvider(new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)));
        var org = new DemoOrg(new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = time }), time);
        EmbeddedOrgStepRegistrar.Install(org.Organization);
        AddTeams(org, snapshot.Reps);
        AddAccounts(org, snapshot.Opportunities);
        AddQuotas(org, snapshot.Reps);
        org.ProfileId = org.Organization.SystemService.Create(new Entity(ScoringProfileColumns.EntityName, DemoIds.For("profile-default"))
        {
            [ScoringProfileColumns.Name] = "Default",
            [ScoringProfileColumns.ProfileJson] = ScoringProfileJson.ToJson(profile),
            [ScoringProfileColumns.Version] = 1,
            [ScoringProfileColumns.IsActive] = true,
        });
        return org;
    }

    private static void AddTeams(DemoOrg org, IEnumerable<Rep> reps)
    {
        var organization = org.Organization;
        var managers = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var team in reps.GroupBy(r => r.TeamId ?? "team-none").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var number = Ordinal(team.Key);
            var unit = organization.Seed(new Entity(BusinessUnitColumns.EntityName, DemoIds.For(team.Key))
            {
                [StandardNames.Name] = "Sales team " + number,
                [StandardNames.ParentBusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, organization.RootBusinessUnitId),
            });
            foreach (var rep in team.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                Guid? manager = null;
                if (rep.ManagerId != null)
                {
                    if (!managers.TryGetValue(rep.ManagerId, out var managerId))
                    {
                        managerId = AddUser(organization, rep.ManagerId, "Manager " + Ordinal(rep.ManagerId), unit, null, rep.StartDate, SalesRoles.SalesManager());
                        managers[rep.ManagerId] = managerId;
                    }

                    manager = managerId;
                }

                org.Reps[rep.Id] = AddUser(organization, rep.Id, rep.Name, unit, manager, rep.StartDate, SalesRoles.Salesperson(), rep.TerritorySize);
            }
        }
    }

    /// <summary>
    /// A user with a fixed id, hire date (<c>createdon</c>, which the recompute reads as the rep's start date for tenure)
    /// and territory size (<c>crmspm_territorysize</c>, blank when unknown; the generator's sizes are whole numbers).
    /// </summary>
    private static Guid AddUser(EmbeddedOrganization organization, string generatorId, string name, Guid unit, Guid? manager, DateTime startDate, SecurityRole role, double territorySize = 0)
    {
        var user = new Entity(SystemUserColumns.EntityName, DemoIds.For(generatorId))
        {
            [SystemUserColumns.FullName] = name,
            [SystemUserColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, unit),
            [SystemUserColumns.CreatedOn] = startDate,
        };
        if (territorySize > 0)
        {
            user[SystemUserColumns.TerritorySize] = (decimal)territorySize;
        }

        if (manager.HasValue)
        {
            user[SystemUserColumns.ParentSystemUserId] = new EntityReference(SystemUserColumns.EntityName, manager.Value);
        }

        var id = organization.Seed(user);
        organization.AssignRole(id, role);
        return id;
    }

    private static void AddAccounts(DemoOrg org, IEnumerable<Opportunity> deals)
    {
        var ids = deals.Select(d => d.AccountId).Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal);
        foreach (var accountId in ids)
        {
            org.Accounts[accountId!] = org.Organization.Seed(new Entity(AccountColumns.EntityName, DemoIds.For(accountId!))
            {
                [StandardNames.Name] = "Account " + Ordinal(accountId!),
            });
        }
    }

    /// <summary>
    /// The managers' quotas, one scorecard row per rep and period (<c>crmspm_quota</c>; the recompute never overwrites
    /// it): attainment and milestone recognition are measured against it.
    /// </summary>
    private static void AddQuotas(DemoOrg org, IEnumerable<Rep> reps)
    {
        foreach (var rep in reps)
        {
            var repId = org.Reps[rep.Id];
            foreach (var quota in rep.Quotas)
            {
                org.Organization.Seed(new Entity(ScorecardColumns.EntityName, DemoIds.For(rep.Id + "|" + quota.Period))
                {
                    [ScorecardColumns.Name] = rep.Name + " " + quota.Period,
                    [ScorecardColumns.Key] = repId + "|" + quota.Period,
                    [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, repId),
                    [ScorecardColumns.Period] = quota.Period,
                    [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, repId),
                    [ScorecardColumns.Quota] = new Money(quota.Amount),
                });
            }
        }
    }

    /// <summary>"team-002" → "2": the number in a generator id, for display names.</summary>
    private static string Ordinal(string generatorId)
    {
        var dash = generatorId.LastIndexOf('-');
        return dash >= 0 && int.TryParse(generatorId.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : generatorId;
    }
}
