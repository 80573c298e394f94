using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Role-based read and write depth (https://learn.microsoft.com/power-platform/admin/security-roles-privileges). Fixture: two business units; West has reps Ann
// and Bob, East has Eve; each owns one opportunity.
public class SecurityTests : EmbeddedOrgTestBase
{
    private Guid _ann;
    private Guid _bob;
    private Guid _eve;
    private SecurityRole _salesperson = null!;
    private SecurityRole _manager = null!;

    [SetUp]
    public void SeedTeam()
    {
        var west = Org.CreateBusinessUnit("West");
        var east = Org.CreateBusinessUnit("East");
        _salesperson = new SecurityRole("Salesperson").Grant("opportunity", AccessDepth.User, AccessDepth.User);
        _manager = new SecurityRole("Sales Manager").Grant("opportunity", AccessDepth.BusinessUnit, AccessDepth.User);
        _ann = Org.CreateUser("Ann", west, roles: _salesperson);
        _bob = Org.CreateUser("Bob", west, roles: _salesperson);
        _eve = Org.CreateUser("Eve", east, roles: _salesperson);
        foreach (var (owner, name) in new[] { (_ann, "Ann's deal"), (_bob, "Bob's deal"), (_eve, "Eve's deal") })
        {
            Service.Create(new Entity("opportunity") { ["name"] = name, ["ownerid"] = new EntityReference("systemuser", owner) });
        }
    }

    [Test]
    public void UserDepth_Should_ReadOnlyOwnRows()
    {
        // Arrange / Act
        var names = Names(Org.ServiceFor(_ann));

        // Assert
        Assert.That(names, Is.EqualTo(new[] { "Ann's deal" }));
    }

    [Test]
    public void BusinessUnitDepth_Should_ReadTheWholeUnit()
    {
        // Arrange
        Org.AssignRole(_bob, _manager);

        // Act
        var names = Names(Org.ServiceFor(_bob));

        // Assert: Ann and Bob are in West; Eve's deal (East) stays hidden.
        Assert.That(names, Is.EqualTo(new[] { "Ann's deal", "Bob's deal" }));
    }

    [Test]
    public void OrganizationDepthAndSystem_Should_ReadEverything()
    {
        // Arrange
        var director = Org.CreateUser("Dee", roles: new SecurityRole("Director").Grant("opportunity", AccessDepth.Organization, AccessDepth.None));

        // Act / Assert
        Assert.That(Names(Org.ServiceFor(director)), Has.Count.EqualTo(3));
        Assert.That(Names(Service), Has.Count.EqualTo(3));
    }

    [Test]
    public void RetrieveOfAnotherUsersRow_Should_FaultWithPrivilegeDenied()
    {
        // Arrange
        var eveDeal = Service.RetrieveMultiple(new QueryByAttribute("opportunity") { Attributes = { "name" }, Values = { "Eve's deal" } }).Entities.Single().Id;

        // Act
        var fault = Fault(() => Org.ServiceFor(_ann).Retrieve("opportunity", eveDeal, new ColumnSet("name")));

        // Assert
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(ErrorCodes.PrivilegeDenied));
    }

    [Test]
    public void Write_Should_NeedWriteDepthOverTheRow_AndATableGrant()
    {
        // Arrange
        var annService = Org.ServiceFor(_ann);
        var bobDeal = Service.RetrieveMultiple(new QueryByAttribute("opportunity") { Attributes = { "name" }, Values = { "Bob's deal" } }).Entities.Single().Id;

        // Act
        var ownCreate = annService.Create(new Entity("opportunity") { ["name"] = "New" });
        var othersUpdate = Fault(() => annService.Update(new Entity("opportunity", bobDeal) { ["name"] = "Stolen" }));
        var noGrant = Fault(() => annService.Create(new Entity("account") { ["name"] = "no role on account" }));

        // Assert
        Assert.That(ownCreate, Is.Not.EqualTo(Guid.Empty));
        Assert.That(othersUpdate.Detail.ErrorCode, Is.EqualTo(ErrorCodes.PrivilegeDenied));
        Assert.That(noGrant.Detail.Message, Does.Contain("prvCreateaccount"));
    }

    [Test]
    public void UnknownUser_Should_FaultAsAMissingSystemUser()
    {
        // Arrange
        var stranger = Guid.Parse("cccccccc-0000-0000-0000-000000000001");

        // Act
        var fault = Fault(() => Names(Org.ServiceFor(stranger)));

        // Assert
        Assert.That(fault.Detail.Message, Is.EqualTo("systemuser With Id = cccccccc-0000-0000-0000-000000000001 Does Not Exist"));
    }

    private static List<string> Names(IOrganizationService service) =>
        service.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") }).Entities.Select(e => e.GetAttributeValue<string>("name")).ToList();
}
