using CrmSpm.EmbeddedOrg.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Access levels, Append/AppendTo, Assign and team ownership as Microsoft's "Security roles and privileges" page
// describes them (https://learn.microsoft.com/power-platform/admin/security-roles-privileges).
public sealed class SecurityDepthTests : EmbeddedOrgTestBase
{
    [Test]
    public void ParentChildDepth_Should_ReachChildUnits_ButNotSiblings()
    {
        var region = Org.CreateBusinessUnit("Region");
        var west = Org.CreateBusinessUnit("West", region);
        var east = Org.CreateBusinessUnit("East");
        var role = new SecurityRole("Regional").Grant("account", Privilege.Read, AccessDepth.ParentChildBusinessUnits);
        var manager = Org.CreateUser("Manager", region, null, role);
        var westRep = Org.CreateUser("West rep", west);
        var eastRep = Org.CreateUser("East rep", east);
        Service.Create(new Entity("account") { ["name"] = "West account", ["ownerid"] = new EntityReference("systemuser", westRep) });
        Service.Create(new Entity("account") { ["name"] = "East account", ["ownerid"] = new EntityReference("systemuser", eastRep) });

        var seen = Org.ServiceFor(manager).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        Assert.That(seen.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "West account" }));
    }

    [Test]
    public void SettingALookup_Should_NeedAppendOnTheRow_AndAppendToOnTheTarget()
    {
        var writer = new SecurityRole("Writer").Grant("task", AccessDepth.User, AccessDepth.User).Grant("opportunity", Privilege.Read, AccessDepth.Organization);
        var rep = Org.CreateUser("Rep", null, null, writer);
        var deal = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var regarding = new EntityReference("opportunity", deal);

        var noAppendTo = Fault(() => Org.ServiceFor(rep).Create(new Entity("task") { ["subject"] = "s", ["regardingobjectid"] = regarding }));
        writer.Grant("opportunity", Privilege.AppendTo, AccessDepth.Organization);
        var created = Org.ServiceFor(rep).Create(new Entity("task") { ["subject"] = "s", ["regardingobjectid"] = regarding });

        Assert.That(noAppendTo.Detail.ErrorCode, Is.EqualTo(-2147220960));
        Assert.That(noAppendTo.Detail.Message, Does.Contain("prvAppendToopportunity"));
        Assert.That(created, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public void Assign_Should_CheckTheCallersAssignPrivilege_NotTheNewOwners()
    {
        var assigner = new SecurityRole("Assigner").Grant("account", AccessDepth.Organization, AccessDepth.None).Grant("account", Privilege.Assign, AccessDepth.Organization);
        var reader = new SecurityRole("Reader only").Grant("account", AccessDepth.Organization, AccessDepth.None);
        var manager = Org.CreateUser("Manager", null, null, assigner);
        var readOnly = Org.CreateUser("Read only", null, null, reader);
        var newcomer = Org.CreateUser("Newcomer");
        var account = CreateAccount("Acme");
        OrganizationRequest AssignTo(Guid user) => new("Assign")
        {
            ["Target"] = new EntityReference("account", account),
            ["Assignee"] = new EntityReference("systemuser", user),
        };

        var refused = Fault(() => Org.ServiceFor(readOnly).Execute(AssignTo(newcomer)));
        Org.ServiceFor(manager).Execute(AssignTo(newcomer));

        Assert.That(refused.Detail.Message, Does.Contain("prvAssignaccount"));
        Assert.That(Service.Retrieve("account", account, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(newcomer));
    }

    [Test]
    public void TeamOwnedRows_Should_BeReadableByMembersAtUserDepth()
    {
        var role = new SecurityRole("Basic reader").Grant("account", Privilege.Read, AccessDepth.User);
        var member = Org.CreateUser("Member", null, null, role);
        var outsider = Org.CreateUser("Outsider", null, null, role);
        var team = Org.CreateTeam("Deal desk", null, member);
        Service.Create(new Entity("account") { ["name"] = "Team account", ["ownerid"] = new EntityReference("team", team) });

        var memberSees = Org.ServiceFor(member).RetrieveMultiple(new QueryExpression("account")).Entities.Count;
        var outsiderSees = Org.ServiceFor(outsider).RetrieveMultiple(new QueryExpression("account")).Entities.Count;

        Assert.That((memberSees, outsiderSees), Is.EqualTo((1, 0)));
    }

    [Test]
    public void TeamRoles_Should_ApplyToTheirMembers()
    {
        var member = Org.CreateUser("Member");
        var team = Org.CreateTeam("Readers", null, member);
        Org.AssignRole(team, new SecurityRole("Team reader").Grant("account", Privilege.Read, AccessDepth.Organization));
        CreateAccount("Acme");

        Assert.That(Org.ServiceFor(member).RetrieveMultiple(new QueryExpression("account")).Entities.Count, Is.EqualTo(1));
    }

    [Test]
    public void ActivityPrivilege_Should_CoverEveryActivityTable()
    {
        var role = new SecurityRole("Activity reader").Grant(SecurityRole.Activities, Privilege.Read, AccessDepth.Organization);
        var reader = Org.CreateUser("Reader", null, null, role);
        Service.Create(new Entity("task") { ["subject"] = "t" });
        Service.Create(new Entity("phonecall") { ["subject"] = "p" });
        CreateAccount("Acme");

        var service = Org.ServiceFor(reader);
        var counts = (service.RetrieveMultiple(new QueryExpression("task")).Entities.Count,
            service.RetrieveMultiple(new QueryExpression("phonecall")).Entities.Count,
            service.RetrieveMultiple(new QueryExpression("account")).Entities.Count);

        Assert.That(counts, Is.EqualTo((1, 1, 0)));
    }
}
