using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Every code and message below is from Microsoft's "Web service error codes"
// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes); the metadata
// (lengths, ranges, choices, states, targets) from the table reference
// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task).
public sealed class MetadataEnforcementTests : EmbeddedOrgTestBase
{
    [Test]
    public void UnknownTable_Should_FaultWithQueryBuilderNoEntity_InEveryMessage()
    {
        var faults = new[]
        {
            Fault(() => Service.Create(new Entity("crmspm_nosuchtable") { ["name"] = "x" })),
            Fault(() => Service.Retrieve("crmspm_nosuchtable", Guid.NewGuid(), new ColumnSet(true))),
            Fault(() => Service.Update(new Entity("crmspm_nosuchtable", Guid.NewGuid()))),
            Fault(() => Service.RetrieveMultiple(new QueryExpression("crmspm_nosuchtable"))),
            Fault(() => Service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = new Entity("crmspm_nosuchtable") })),
        };

        Assert.That(faults.Select(f => f.Detail.ErrorCode), Is.All.EqualTo(-2147217150));
        Assert.That(faults[0].Detail.Message, Does.StartWith("The specified entity was not found."));
    }

    [Test]
    public void UnknownColumn_Should_FaultWithQueryBuilderNoAttribute_InWritesReadsAndQueries()
    {
        var account = CreateAccount("Acme");
        QueryExpression Query(Action<QueryExpression> change)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            change(query);
            return query;
        }

        var faults = new[]
        {
            Fault(() => Service.Create(new Entity("account") { ["crmspm_typo"] = "x" })),
            Fault(() => Service.Update(new Entity("account", account) { ["crmspm_typo"] = "x" })),
            Fault(() => Service.Retrieve("account", account, new ColumnSet("crmspm_typo"))),
            Fault(() => Service.RetrieveMultiple(Query(q => q.ColumnSet.AddColumn("crmspm_typo")))),
            Fault(() => Service.RetrieveMultiple(Query(q => q.Criteria.AddCondition("crmspm_typo", ConditionOperator.Null)))),
            Fault(() => Service.RetrieveMultiple(Query(q => q.AddOrder("crmspm_typo", OrderType.Ascending)))),
            Fault(() => Service.RetrieveMultiple(Query(q => q.AddLink("contact", "primarycontactid", "crmspm_typo")))),
            Fault(() => Service.RetrieveMultiple(Query(q => q.AddLink("contact", "primarycontactid", "contactid").Columns.AddColumn("crmspm_typo")))),
        };

        Assert.That(faults.Select(f => f.Detail.ErrorCode), Is.All.EqualTo(-2147217149));
        Assert.That(faults[0].Detail.Message, Does.StartWith("The specified attribute does not exist on this entity."));
    }

    [Test]
    public void TaskSubjectOver200Characters_Should_FaultWithThePlatformsLengthMessage()
    {
        // Microsoft's Web API batch page quotes this exact text for task subject (MaxLength 200).
        var fault = Fault(() => Service.Create(new Entity("task") { ["subject"] = new string('s', 201) }));
        var fits = Service.Create(new Entity("task") { ["subject"] = new string('s', 200) });

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147204303));
        Assert.That(fault.Detail.Message, Is.EqualTo("A validation error occurred. The length of the 'subject' attribute of the 'task' entity exceeded the maximum allowed length of '200'."));
        Assert.That(fits, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public void WrongValueType_Should_FaultWithIncorrectAttributeValueType()
    {
        var asText = Fault(() => Service.Create(new Entity("task") { ["subject"] = 42 }));
        var asInt = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["percentcomplete"] = 50m }));
        var lookupAsGuid = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["regardingobjectid"] = Guid.NewGuid() }));

        Assert.That(new[] { asText, asInt, lookupAsGuid }.Select(f => f.Detail.ErrorCode), Is.All.EqualTo(-2147204268));
        Assert.That(asInt.Detail.Message, Is.EqualTo("Invalid Attribute Value Type for percentcomplete. Expected: System.Int32, Found: System.Decimal"));
    }

    [Test]
    public void OutOfRangeNumbersAndChoices_Should_Fault()
    {
        // task percentcomplete: 0..100; prioritycode: 0 Low, 1 Normal, 2 High.
        var range = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["percentcomplete"] = 101 }));
        var choice = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["prioritycode"] = new OptionSetValue(5) }));
        var ok = Service.Create(new Entity("task") { ["subject"] = "s", ["percentcomplete"] = 100, ["prioritycode"] = new OptionSetValue(2) });

        Assert.That(range.Detail.ErrorCode, Is.EqualTo(-2147204305));
        Assert.That(choice.Detail.ErrorCode, Is.EqualTo(-2147204326));
        Assert.That(Service.Retrieve("task", ok, new ColumnSet("percentcomplete")).GetAttributeValue<int>("percentcomplete"), Is.EqualTo(100));
    }

    [Test]
    public void StatusOfAnotherState_Should_FaultWithInvalidStateCodeStatusCode()
    {
        // task status 5 (Completed) belongs to state 1, not to the Open state a new task gets.
        var fault = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["statuscode"] = new OptionSetValue(5) }));
        var id = Service.Create(new Entity("task") { ["subject"] = "s", ["statuscode"] = new OptionSetValue(3) });

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147187704));
        Assert.That(Service.Retrieve("task", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(3));
    }

    [Test]
    public void ColumnsNotValidForCreateOrUpdate_Should_Fault()
    {
        // task statecode: IsValidForCreate false; createdon: IsValidForUpdate false.
        var onCreate = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["statecode"] = new OptionSetValue(1) }));
        var id = Service.Create(new Entity("task") { ["subject"] = "s" });
        var onUpdate = Fault(() => Service.Update(new Entity("task", id) { ["createdon"] = DateTime.UtcNow }));

        Assert.That(new[] { onCreate, onUpdate }.Select(f => f.Detail.ErrorCode), Is.All.EqualTo(-2147217152));
    }

    [Test]
    public void TaskRegardingAUser_Should_FaultAsAnInvalidTarget()
    {
        // task regardingobjectid targets (table reference) do not include systemuser.
        var user = Org.CreateUser("Ann");
        var fault = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["regardingobjectid"] = new EntityReference("systemuser", user) }));
        var deal = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var ok = Service.Create(new Entity("task") { ["subject"] = "s", ["regardingobjectid"] = new EntityReference("opportunity", deal) });

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147220631));
        Assert.That(fault.Detail.Message, Does.Contain("'systemuser' is not a valid target of 'regardingobjectid' on 'task'"));
        Assert.That(ok, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public void Seed_Should_StillRefuseUndeclaredColumns()
    {
        Assert.That(() => Org.Seed(new Entity("account") { ["crmspm_typo"] = 1 }), Throws.TypeOf<System.ServiceModel.FaultException<OrganizationServiceFault>>());
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
    }

    [Test]
    public void LookupToAMissingRow_Should_FaultWithObjectDoesNotExist()
    {
        var missing = Guid.NewGuid();
        var fault = Fault(() => Service.Create(new Entity("task") { ["subject"] = "s", ["regardingobjectid"] = new EntityReference("opportunity", missing) }));

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147220969));
        Assert.That(fault.Detail.Message, Is.EqualTo($"opportunity With Id = {missing:D} Does Not Exist"));
    }
}
