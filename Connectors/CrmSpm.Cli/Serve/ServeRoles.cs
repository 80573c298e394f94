extern alias plugins;
using System;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Security;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// What every Dynamics user has beside their sales role, for the panels' joins: Read on users (the Basic User role's,
/// https://learn.microsoft.com/power-platform/admin/security-roles-privileges) and on the teams' model state rows
/// (the benchmarks the scorecard shows). The demo's roles hold only the sales tables.
/// </summary>
public static class ServeRoles
{
    public static void GrantBasicReads(EmbeddedOrganization org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var role = new SecurityRole("Basic User (serve)")
            .Grant(SystemUserColumns.EntityName, Privilege.Read, AccessDepth.Organization)
            .Grant(ModelStateColumns.EntityName, Privilege.Read, AccessDepth.Organization);
        foreach (var user in org.SystemService.RetrieveMultiple(new QueryExpression(SystemUserColumns.EntityName) { ColumnSet = new ColumnSet(false) }).Entities)
        {
            if (user.Id != org.SystemUserId)
            {
                org.AssignRole(user.Id, role);
            }
        }
    }
}
