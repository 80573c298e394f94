using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Optimistic concurrency (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency): every
// write changes the row's version; Update and Delete with ConcurrencyBehavior.IfRowVersionMatches apply only to the
// version the caller read: ConcurrencyVersionMismatch (-2147088254, 0x80060882) for a stale one,
// ConcurrencyVersionNotProvided (-2147088253, 0x80060883) for none.
public sealed class OptimisticConcurrencyTests : EmbeddedOrgTestBase
{
    private const int VersionMismatch = -2147088254;
    private const int VersionNotProvided = -2147088253;

    [Test]
    public void EveryWrite_Should_ChangeTheRowVersion_AndVersionnumberNamesTheSameNumber()
    {
        var id = CreateAccount("Contoso");
        var created = Service.Retrieve("account", id, new ColumnSet("name", "versionnumber"));

        Service.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        var updated = Service.Retrieve("account", id, new ColumnSet("name"));

        Assert.That(created.RowVersion, Is.Not.Null.And.Not.Empty);
        Assert.That(created.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(created.RowVersion));
        Assert.That(updated.RowVersion, Is.Not.EqualTo(created.RowVersion));
    }

    [Test]
    public void RetrieveMultiple_Should_FillRowVersion_AndALinkedRowsVersionnumber()
    {
        var account = CreateAccount("Contoso");
        var contact = Service.Create(new Entity("contact") { ["lastname"] = "Doe", ["parentcustomerid"] = new EntityReference("account", account) });
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var link = query.AddLink("account", "parentcustomerid", "accountid");
        link.EntityAlias = "a";
        link.Columns = new ColumnSet("versionnumber");

        var row = Service.RetrieveMultiple(query).Entities.Single();

        var accountVersion = Service.Retrieve("account", account, new ColumnSet("name")).RowVersion;
        Assert.That(row.Id, Is.EqualTo(contact));
        Assert.That(row.RowVersion, Is.EqualTo(Service.Retrieve("contact", contact, new ColumnSet("lastname")).RowVersion));
        Assert.That(row.GetAttributeValue<AliasedValue>("a.versionnumber").Value.ToString(), Is.EqualTo(accountVersion));
    }

    [Test]
    public void UpdateIfRowVersionMatches_Should_ApplyTheCurrentVersion_AndRefuseAStaleOne()
    {
        var id = CreateAccount("Contoso");
        var read = Service.Retrieve("account", id, new ColumnSet("name"));
        Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "First", RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        var stale = Fault(() => Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "Second", RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.That(stale.Detail.ErrorCode, Is.EqualTo(VersionMismatch));
        Assert.That(stale.Detail.Message, Is.EqualTo("The version of the existing record doesn't match the RowVersion property provided."));
        Assert.That(Service.Retrieve("account", id, new ColumnSet("name"))["name"], Is.EqualTo("First"), "the stale write changed nothing");
    }

    [Test]
    public void UpdateIfRowVersionMatches_WithoutARowVersion_Should_BeRefused()
    {
        var id = CreateAccount("Contoso");

        var fault = Fault(() => Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "No version" },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(VersionNotProvided));
        Assert.That(Service.Retrieve("account", id, new ColumnSet("name"))["name"], Is.EqualTo("Contoso"));
    }

    [Test]
    public void UpdateWithTheDefaultBehaviour_Should_IgnoreAStaleRowVersion()
    {
        var id = CreateAccount("Contoso");
        var read = Service.Retrieve("account", id, new ColumnSet("name"));
        Service.Update(new Entity("account", id) { ["name"] = "First" });

        Service.Update(new Entity("account", id) { ["name"] = "Second", RowVersion = read.RowVersion });

        Assert.That(Service.Retrieve("account", id, new ColumnSet("name"))["name"], Is.EqualTo("Second"));
    }

    [Test]
    public void DeleteIfRowVersionMatches_Should_RefuseAStaleVersion_AndDeleteTheCurrentOne()
    {
        var id = CreateAccount("Contoso");
        var read = Service.Retrieve("account", id, new ColumnSet("name"));
        Service.Update(new Entity("account", id) { ["name"] = "Changed" });

        var stale = Fault(() => Service.Execute(new DeleteRequest
        {
            Target = new EntityReference("account", id) { RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));
        var current = Service.Retrieve("account", id, new ColumnSet("name")).RowVersion;
        Service.Execute(new DeleteRequest
        {
            Target = new EntityReference("account", id) { RowVersion = current },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.That(stale.Detail.ErrorCode, Is.EqualTo(VersionMismatch));
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
    }

    [Test]
    public void InterleaveBefore_Should_RunOnceJustBeforeTheMatchingRequest()
    {
        // A read, another writer's update landing before our write, then our write with the version we read.
        var id = CreateAccount("Contoso");
        var read = Service.Retrieve("account", id, new ColumnSet("name"));
        var ran = 0;
        Org.InterleaveBefore(r => r is UpdateRequest, () =>
        {
            ran++;
            Service.Update(new Entity("account", id) { ["name"] = "Other host" });
        });

        var fault = Fault(() => Service.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "Ours", RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.That(ran, Is.EqualTo(1), "once, and not again for the interleaved update itself");
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(VersionMismatch));
        Assert.That(Service.Retrieve("account", id, new ColumnSet("name"))["name"], Is.EqualTo("Other host"));
    }

    [Test]
    public void CreateRepeatingAnAlternateKey_Should_BeRefused_AndLeaveOneRow()
    {
        // Two writers creating "the" row of a key: the key is a unique index, the second create fails
        // (DuplicateRecordEntityKey, -2147088238, 0x80060892; https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity).
        DefineTestTables();
        Org.DefineAlternateKey("crmspm_modelstate", "crmspm_teamkey");
        Service.Create(new Entity("crmspm_modelstate") { ["crmspm_teamkey"] = "west" });

        var fault = Fault(() => Service.Create(new Entity("crmspm_modelstate") { ["crmspm_teamkey"] = "west" }));
        Service.Create(new Entity("crmspm_modelstate") { ["crmspm_teamkey"] = "east" });

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147088238));
        Assert.That(Org.RowCount("crmspm_modelstate"), Is.EqualTo(2));
    }
}
