using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// What a Create must and may carry. SystemRequired columns "are required to have a value"
// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.attributerequiredlevel); a form enforces
// ApplicationRequired, the API does not. statecode is not valid for create on task and opportunity, and statuscode
// must be a status of the state a new row starts in, Open (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task,
// https://learn.microsoft.com/dynamics365/customerengagement/on-premises/developer/entities/opportunity).
public sealed class CreateRulesTests : EmbeddedOrgTestBase
{
    [Test]
    public void PostWithoutRegarding_Should_FaultAsSystemRequired_AndStoreNothing()
    {
        var fault = Fault(() => Service.Create(new Entity("post") { ["text"] = "Hello" }));

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147220989));
        Assert.That(fault.Detail.Message, Does.Contain("'regardingobjectid'").And.Contain("'post'"));
        Assert.That(Org.RowCount("post"), Is.EqualTo(0));
    }

    [Test]
    public void NullSystemRequiredValue_Should_FaultLikeAMissingOne()
    {
        var fault = Fault(() => Service.Create(new Entity("team") { ["name"] = null, ["businessunitid"] = new EntityReference("businessunit", Org.RootBusinessUnitId) }));

        Assert.That(fault.Detail.Message, Does.Contain("'name'").And.Contain("'team'"));
    }

    [Test]
    public void ApplicationRequiredColumnsMissing_Should_BeAcceptedByTheApi()
    {
        // task subject and opportunity name are ApplicationRequired ("business required"): forms ask for them, the API does not.
        var task = Service.Create(new Entity("task"));
        var deal = Service.Create(new Entity("opportunity"));

        Assert.That(Service.Retrieve("task", task, new ColumnSet("subject")).Contains("subject"), Is.False);
        Assert.That(Service.Retrieve("opportunity", deal, new ColumnSet("name")).Contains("name"), Is.False);
    }

    [Test]
    public void SystemRequiredColumnsThePlatformFills_Should_NotBeAskedFor()
    {
        // ownerid, statecode and the primary key are SystemRequired on task, and the platform sets them.
        var task = Service.Create(new Entity("task") { ["subject"] = "Call" });

        var row = Service.Retrieve("task", task, new ColumnSet("ownerid", "statecode", "activityid"));
        Assert.That(row.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(Org.SystemUserId));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(0));
    }

    [Test]
    public void SolutionColumnDeclaredSystemRequired_Should_BeRequiredOnCreate()
    {
        Org.DefineTable(new TableDefinition("x_thing", "x_thingid").Add(
            new ColumnDefinition("x_code", ColumnType.String) { MaxLength = 10, RequiredOnCreate = true },
            ColumnDefinition.Text("x_note", 100)));

        var fault = Fault(() => Service.Create(new Entity("x_thing") { ["x_note"] = "n" }));
        var id = Service.Create(new Entity("x_thing") { ["x_code"] = "A1" });

        Assert.That(fault.Detail.Message, Does.Contain("'x_code'"));
        Assert.That(Service.Retrieve("x_thing", id, new ColumnSet("x_code"))["x_code"], Is.EqualTo("A1"));
    }

    [TestCase("task")]
    [TestCase("opportunity")]
    public void StatecodeOnCreate_Should_FaultAsNotValidForCreate(string table)
    {
        var fault = Fault(() => Service.Create(new Entity(table) { ["statecode"] = new OptionSetValue(1) }));

        // QueryBuilderInvalidUpdate (0x80041100): the column's IsValidForCreate is false.
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147217152));
        Assert.That(Org.RowCount(table), Is.EqualTo(0));
    }

    [TestCase("task", 5)]
    [TestCase("opportunity", 3)]
    public void ClosedStatusOnCreate_Should_FaultWithInvalidStateCodeStatusCode(string table, int closedStatus)
    {
        // task 5 Completed and opportunity 3 Won belong to closed states; a new row starts Open.
        var fault = Fault(() => Service.Create(new Entity(table) { ["statuscode"] = new OptionSetValue(closedStatus) }));

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147187704));
        Assert.That(Org.RowCount(table), Is.EqualTo(0));
    }

    [TestCase("task", 3)]
    [TestCase("opportunity", 2)]
    public void OpenStatusOnCreate_Should_BeKept_WithTheOpenState(string table, int openStatus)
    {
        // task 3 Waiting on someone else and opportunity 2 On Hold are statuses of state 0 Open.
        var id = Service.Create(new Entity(table) { ["statuscode"] = new OptionSetValue(openStatus) });

        var row = Service.Retrieve(table, id, new ColumnSet("statecode", "statuscode"));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(0));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(openStatus));
    }
}
