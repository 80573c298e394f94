using System.Xml.Linq;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Provisioning from a customizations.xml (format: https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema),
// with a fixture adapted from Microsoft's PowerApps-Samples (Fixtures/LICENSE-PowerApps-Samples.txt).
public sealed class CustomizationsImportTests : EmbeddedOrgTestBase
{
    private static XDocument Sample() => XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample-customizations.xml"));

    [Test]
    public void Import_Should_DeclareTablesColumnsKeysAndRoles()
    {
        var imported = Org.ImportSolution(Sample());

        var table = Org.Metadata.Require("sample_example");
        Assert.That(imported.Tables, Is.EquivalentTo(new[] { "sample_example", "task" }));
        Assert.That(table.PrimaryIdColumn, Is.EqualTo("sample_exampleid"));
        Assert.That(table.Column("sample_email")!.MaxLength, Is.EqualTo(100));
        Assert.That(table.Column("sample_accountid")!.Targets, Is.EqualTo(new[] { "account" }));
        Assert.That(table.Column("sample_tier")!.Options, Is.EquivalentTo(new[] { 10, 20 }));
        Assert.That(Org.AlternateKeysOf("sample_example").Single(), Is.EqualTo(new[] { "sample_email" }));
        Assert.That(Org.Metadata.Require("task").Column("sample_ruleid")!.MaxLength, Is.EqualTo(100));
        Assert.That(Org.Roles.Keys, Is.EquivalentTo(new[] { "Column-level security sample role", "Sample basic role" }));
    }

    [Test]
    public void ImportedMetadata_Should_BeEnforced()
    {
        Org.ImportSolution(Sample());

        var tooLong = Fault(() => Service.Create(new Entity("sample_example") { ["sample_name"] = new string('n', 101) }));
        var badTier = Fault(() => Service.Create(new Entity("sample_example") { ["sample_tier"] = new OptionSetValue(30) }));
        var badRating = Fault(() => Service.Create(new Entity("sample_example") { ["sample_rating"] = 6 }));
        var wrongTarget = Fault(() => Service.Create(new Entity("sample_example") { ["sample_accountid"] = new EntityReference("contact", Guid.NewGuid()) }));
        var id = Service.Create(new Entity("sample_example") { ["sample_name"] = "ok", ["sample_tier"] = new OptionSetValue(20), ["sample_rating"] = 5 });

        Assert.That(tooLong.Detail.ErrorCode, Is.EqualTo(-2147204303));
        Assert.That(badTier.Detail.ErrorCode, Is.EqualTo(-2147204326));
        Assert.That(badRating.Detail.ErrorCode, Is.EqualTo(-2147204305));
        Assert.That(wrongTarget.Detail.ErrorCode, Is.EqualTo(-2147220631));
        var row = Service.Retrieve("sample_example", id, new ColumnSet("statecode", "statuscode", "ownerid"));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(1));
    }

    [Test]
    public void UpsertByImportedKey_Should_CreateThenUpdate()
    {
        Org.ImportSolution(Sample());
        Entity Row(string name) => new("sample_example", "sample_email", "a@example.com") { ["sample_name"] = name };

        var first = (UpsertResponse)Service.Execute(new UpsertRequest { Target = Row("first") });
        var second = (UpsertResponse)Service.Execute(new UpsertRequest { Target = Row("second") });

        Assert.That((first.RecordCreated, second.RecordCreated), Is.EqualTo((true, false)));
        Assert.That(Service.Retrieve("sample_example", first.Target.Id, new ColumnSet("sample_name"))["sample_name"], Is.EqualTo("second"));
    }

    [Test]
    public void DeletingTheReferencedAccount_Should_CascadeAsTheRelationshipSays()
    {
        Org.ImportSolution(Sample());
        var account = CreateAccount("Acme");
        Service.Create(new Entity("sample_example") { ["sample_name"] = "child", ["sample_accountid"] = new EntityReference("account", account) });

        Service.Delete("account", account);

        Assert.That(Org.RowCount("sample_example"), Is.EqualTo(0));
    }

    [Test]
    public void ImportedBasicRole_Should_LimitReadsToOwnRows()
    {
        Org.ImportSolution(Sample());
        var role = Org.Role("Sample basic role");
        var ann = Org.CreateUser("Ann", null, null, role);
        var bob = Org.CreateUser("Bob", null, null, role);
        Org.ServiceFor(ann).Create(new Entity("sample_example") { ["sample_name"] = "Ann's" });
        Org.ServiceFor(bob).Create(new Entity("sample_example") { ["sample_name"] = "Bob's" });

        var annSees = Org.ServiceFor(ann).RetrieveMultiple(new QueryExpression("sample_example") { ColumnSet = new ColumnSet("sample_name") });

        Assert.That(annSees.Entities.Select(e => e["sample_name"]), Is.EqualTo(new[] { "Ann's" }));
    }

    [Test]
    public void MalformedCustomizations_Should_FailWithAClearError()
    {
        var doc = XDocument.Parse("<ImportExportXml><Entities><Entity><Name>x_Thing</Name><EntityInfo><entity Name=\"x_Thing\"><attributes><attribute PhysicalName=\"x_A\"><Type>hologram</Type><LogicalName>x_a</LogicalName></attribute></attributes></entity></EntityInfo></Entity></Entities></ImportExportXml>");

        Assert.That(() => Org.ImportSolution(doc), Throws.ArgumentException.With.Message.Contains("unknown type 'hologram'"));
        Assert.That(Org.Metadata.Find("x_thing"), Is.Null);
    }
}
