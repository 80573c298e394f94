extern alias plugins;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.SnapshotRows;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>The two security roles of the demo org, as a customer would configure them for CrmSpm.</summary>
public static class SalesRoles
{
    /// <summary>A rep: their own deals, activities (tips included) and scorecards; every account; closing their own deals.</summary>
    public static SecurityRole Salesperson() => new SecurityRole("Salesperson")
        .Grant(OpportunityColumns.EntityName, AccessDepth.User, AccessDepth.User)
        .Grant(StandardNames.OpportunityCloseTable, AccessDepth.User, AccessDepth.User)
        .Grant(AccountColumns.EntityName, AccessDepth.Organization, AccessDepth.User)
        .Grant(AccountColumns.EntityName, Privilege.AppendTo, AccessDepth.Organization) // deals and activities on any account
        .Grant(ActivityColumns.Task, AccessDepth.User, AccessDepth.User)
        .Grant(ActivityColumns.PhoneCall, AccessDepth.User, AccessDepth.User)
        .Grant(ActivityColumns.Appointment, AccessDepth.User, AccessDepth.User)
        .Grant(ActivityColumns.Email, AccessDepth.User, AccessDepth.User)
        .Grant(ScorecardColumns.EntityName, AccessDepth.User, AccessDepth.None)
        .Grant(PostColumns.EntityName, AccessDepth.BusinessUnit, AccessDepth.None);

    /// <summary>A sales manager: reads the whole team's deals, activities and scorecards; enters quotas.</summary>
    public static SecurityRole SalesManager() => new SecurityRole("Sales manager")
        .Grant(OpportunityColumns.EntityName, AccessDepth.BusinessUnit, AccessDepth.User)
        .Grant(AccountColumns.EntityName, AccessDepth.Organization, AccessDepth.User)
        .Grant(AccountColumns.EntityName, Privilege.AppendTo, AccessDepth.Organization) // deals and activities on any account
        .Grant(ActivityColumns.Task, AccessDepth.BusinessUnit, AccessDepth.User)
        .Grant(ScorecardColumns.EntityName, AccessDepth.BusinessUnit, AccessDepth.BusinessUnit)
        .Grant(PostColumns.EntityName, AccessDepth.BusinessUnit, AccessDepth.None);
}
