using System.ServiceModel;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.PluginHost.Tests;

// The CrmSpm roles as the solution defines them, enforced by the embedded org at the depths Microsoft documents
// (https://learn.microsoft.com/power-platform/admin/security-roles-privileges): Basic = own rows, Deep = own
// business unit and its children, Global = everything.
public sealed class CrmSpmRoleTests
{
    private EmbeddedOrganization _org = null!;
    private Guid _sales;
    private Guid _west;

    [SetUp]
    public void Provision()
    {
        _org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)) });
        EmbeddedOrgStepRegistrar.Install(_org, Array.Empty<CrmSpm.Plugins.Pipeline.PluginBase>());
        _sales = _org.CreateBusinessUnit("Sales");
        _west = _org.CreateBusinessUnit("West", _sales);
    }

    private Guid Scorecard(Guid owner, string key) => _org.SystemService.Create(new Entity(ScorecardColumns.EntityName)
    {
        [ScorecardColumns.Name] = key,
        [ScorecardColumns.Key] = key,
        [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner),
    });

    private Guid Tip(Guid owner) => _org.SystemService.Create(new Entity(ActivityColumns.Task)
    {
        [ActivityColumns.Subject] = "Log the call",
        [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner),
    });

    private int Count(Guid user, string table) => _org.ServiceFor(user).RetrieveMultiple(new QueryExpression(table)).Entities.Count;

    [Test]
    public void Rep_Should_ReadOnlyTheirOwnScorecardsAndTips()
    {
        var rep = _org.CreateUser("Riley", _west, null, _org.Role("CrmSpm Rep"));
        var other = _org.CreateUser("Sam", _west, null, _org.Role("CrmSpm Rep"));
        Scorecard(rep, "riley|2026-11");
        Scorecard(other, "sam|2026-11");
        Tip(rep);
        Tip(other);
        Tip(other);

        Assert.That((Count(rep, ScorecardColumns.EntityName), Count(rep, ActivityColumns.Task)), Is.EqualTo((1, 1)));
        Assert.That((Count(other, ScorecardColumns.EntityName), Count(other, ActivityColumns.Task)), Is.EqualTo((1, 2)));
    }

    [Test]
    public void Manager_Should_ReadTheirRepsScorecardsAndTips_NotOtherUnits()
    {
        var manager = _org.CreateUser("Morgan", _sales, null, _org.Role("CrmSpm Manager"));
        var rep = _org.CreateUser("Riley", _west, manager, _org.Role("CrmSpm Rep"));
        var elsewhere = _org.CreateUser("Eli", _org.CreateBusinessUnit("East"), null, _org.Role("CrmSpm Rep"));
        Scorecard(rep, "riley|2026-11");
        Scorecard(elsewhere, "eli|2026-11");
        Tip(rep);
        Tip(elsewhere);

        Assert.That((Count(manager, ScorecardColumns.EntityName), Count(manager, ActivityColumns.Task)), Is.EqualTo((1, 1)));
    }

    [Test]
    public void Administrator_Should_EditTheProfile_AndARepShouldNot()
    {
        var admin = _org.CreateUser("Ada", _sales, null, _org.Role("CrmSpm Administrator"));
        var rep = _org.CreateUser("Riley", _west, null, _org.Role("CrmSpm Rep"));
        var profile = _org.ServiceFor(admin).Create(new Entity(ScoringProfileColumns.EntityName) { [ScoringProfileColumns.Name] = "Default", [ScoringProfileColumns.Version] = 1 });

        _org.ServiceFor(admin).Update(new Entity(ScoringProfileColumns.EntityName, profile) { [ScoringProfileColumns.Version] = 2 });
        var refused = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _org.ServiceFor(rep).Update(new Entity(ScoringProfileColumns.EntityName, profile) { [ScoringProfileColumns.Version] = 3 }))!;

        Assert.That(_org.SystemService.Retrieve(ScoringProfileColumns.EntityName, profile, new ColumnSet(ScoringProfileColumns.Version))[ScoringProfileColumns.Version], Is.EqualTo(2));
        Assert.That(refused.Detail.ErrorCode, Is.EqualTo(-2147220960));
    }
}
