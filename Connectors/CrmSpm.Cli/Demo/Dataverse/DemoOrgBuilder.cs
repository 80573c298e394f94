using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.PluginHost;
using CrmSpm.SnapshotRows;
using Microsoft.Xrm.Sdk;

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
        org.ProfileId = org.Organization.SystemService.Create(OrgRows.Profile(profile));
        return org;
    }

    private static void AddTeams(DemoOrg org, IEnumerable<Rep> reps)
    {
        var organization = org.Organization;
        var managers = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var team in reps.GroupBy(r => r.TeamId ?? "team-none").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var unit = organization.Seed(OrgRows.Team(team.Key, organization.RootBusinessUnitId));
            foreach (var rep in team.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                Guid? manager = null;
                if (rep.ManagerId != null)
                {
                    if (!managers.TryGetValue(rep.ManagerId, out var managerId))
                    {
                        managerId = AddUser(organization, OrgRows.Manager(rep.ManagerId, unit, rep.StartDate), SalesRoles.SalesManager());
                        managers[rep.ManagerId] = managerId;
                    }

                    manager = managerId;
                }

                org.Reps[rep.Id] = AddUser(organization, OrgRows.User(rep, unit, manager), SalesRoles.Salesperson());
            }
        }
    }

    private static Guid AddUser(EmbeddedOrganization organization, Entity user, SecurityRole role)
    {
        var id = organization.Seed(user);
        organization.AssignRole(id, role);
        return id;
    }

    private static void AddAccounts(DemoOrg org, IEnumerable<Opportunity> deals)
    {
        var ids = deals.Select(d => d.AccountId).Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal);
        foreach (var accountId in ids)
        {
            org.Accounts[accountId!] = org.Organization.Seed(OrgRows.Account(accountId!));
        }
    }

    /// <summary>The managers' quotas, one scorecard row per rep and period.</summary>
    private static void AddQuotas(DemoOrg org, IEnumerable<Rep> reps)
    {
        foreach (var rep in reps)
        {
            var repId = org.Reps[rep.Id];
            foreach (var quota in rep.Quotas)
            {
                org.Organization.Seed(OrgRows.Quota(rep, repId, quota));
            }
        }
    }
}
