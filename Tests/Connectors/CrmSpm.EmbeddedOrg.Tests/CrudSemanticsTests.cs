using CrmSpm.EmbeddedOrg.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Organization service semantics, each with the public document it follows.
public class CrudSemanticsTests : EmbeddedOrgTestBase
{
    [Test]
    public void Create_Should_SetSystemColumnsFromTheClockAndCaller()
    {
        // Arrange (createdon/modifiedon from the replaceable clock, ownerid, default statecode/statuscode)
        var account = new Entity("account") { ["name"] = "Contoso" };

        // Act
        var id = Service.Create(account);
        var stored = Service.Retrieve("account", id, new ColumnSet(true));

        // Assert
        Assert.That(stored.Id, Is.EqualTo(id));
        Assert.That(stored["accountid"], Is.EqualTo(id));
        Assert.That(stored["createdon"], Is.EqualTo(Start.UtcDateTime));
        Assert.That(stored["modifiedon"], Is.EqualTo(Start.UtcDateTime));
        Assert.That(stored.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(Org.SystemUserId));
        Assert.That(stored.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(0));
        Assert.That(stored.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(1));
    }

    [Test]
    public void Create_Task_Should_UseActivityIdAndNotStartedStatus()
    {
        // Arrange: activities share activitypointer, so their key is activityid; an open task's status is 2 "Not Started".
        var task = new Entity("task") { ["subject"] = "Call back" };

        // Act
        var id = Service.Create(task);
        var stored = Service.Retrieve("task", id, new ColumnSet("statuscode"));

        // Assert
        Assert.That(stored["activityid"], Is.EqualTo(id));
        Assert.That(stored.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(2));
    }

    [Test]
    public void Create_WithGivenId_Should_KeepIt_And_RefuseADuplicate()
    {
        // Arrange
        var id = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");

        // Act
        var created = Service.Create(new Entity("account", id) { ["name"] = "A" });
        var duplicate = Fault(() => Service.Create(new Entity("account", id) { ["name"] = "B" }));

        // Assert
        Assert.That(created, Is.EqualTo(id));
        Assert.That(duplicate.Detail.ErrorCode, Is.EqualTo(ErrorCodes.DuplicateRecord));
        Assert.That(Service.Retrieve("account", id, new ColumnSet("name"))["name"], Is.EqualTo("A"));
    }

    [Test]
    public void Create_ThenCallerMutatesEntity_Should_NotChangeTheStoredRow()
    {
        // Arrange (copies in)
        var amount = new Money(100m);
        var opportunity = new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = amount };
        var id = Service.Create(opportunity);

        // Act
        opportunity["name"] = "Changed";
        amount.Value = 999m;
        var stored = Service.Retrieve("opportunity", id, new ColumnSet("name", "estimatedvalue"));

        // Assert
        Assert.That(stored["name"], Is.EqualTo("Deal"));
        Assert.That(stored.GetAttributeValue<Money>("estimatedvalue").Value, Is.EqualTo(100m));
    }

    [Test]
    public void PluginChangingTarget_Should_NotChangeTheCallersEntity()
    {
        // Arrange: the platform serializes requests, so a PreOperation change to Target (or to a value inside it)
        // reaches the stored row but never the caller's object. The Update also splits (name + statecode, https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
        var id = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        Register("Update", "opportunity", CrmSpm.EmbeddedOrg.Pipeline.PipelineStage.PreOperation, p =>
        {
            var target = (Entity)ContextOf(p).InputParameters["Target"];
            if (target.Contains("estimatedvalue"))
            {
                target.GetAttributeValue<Money>("estimatedvalue").Value = 1m;
            }
        });
        var amount = new Money(500m);
        var update = new Entity("opportunity", id) { ["estimatedvalue"] = amount, ["statecode"] = new OptionSetValue(0) };

        // Act
        Service.Update(update);

        // Assert
        Assert.That(amount.Value, Is.EqualTo(500m));
        Assert.That(update.Attributes.Keys, Is.EquivalentTo(new[] { "estimatedvalue", "statecode" }));
        Assert.That(Service.Retrieve("opportunity", id, new ColumnSet("estimatedvalue")).GetAttributeValue<Money>("estimatedvalue").Value, Is.EqualTo(1m));
    }

    [Test]
    public void Retrieve_ThenCallerMutatesResult_Should_NotChangeTheStoredRow()
    {
        // Arrange (copies out)
        var id = Service.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(5m) });
        var first = Service.Retrieve("opportunity", id, new ColumnSet("estimatedvalue"));

        // Act
        first.GetAttributeValue<Money>("estimatedvalue").Value = 6m;
        var second = Service.Retrieve("opportunity", id, new ColumnSet("estimatedvalue"));

        // Assert
        Assert.That(second.GetAttributeValue<Money>("estimatedvalue").Value, Is.EqualTo(5m));
    }

    [TestCase("retrieve")]
    [TestCase("update")]
    [TestCase("delete")]
    public void MissingRow_Should_FaultWithObjectDoesNotExist(string operation)
    {
        // Arrange (Dataverse serializes every call: the caller's objects are never shared)
        var id = Guid.Parse("00000000-0000-0000-0000-000000000001");

        // Act
        var fault = Fault(() =>
        {
            switch (operation)
            {
                case "retrieve":
                    Service.Retrieve("account", id, new ColumnSet(true));
                    break;
                case "update":
                    Service.Update(new Entity("account", id) { ["name"] = "x" });
                    break;
                default:
                    Service.Delete("account", id);
                    break;
            }
        });

        // Assert
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147220969));
        Assert.That(fault.Detail.Message, Is.EqualTo("account With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist"));
    }

    [Test]
    public void Retrieve_Should_NeverReturnNullColumns()
    {
        // Arrange (null columns are never returned, https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns)
        var id = Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = null });

        // Act
        var stored = Service.Retrieve("account", id, new ColumnSet("name", "telephone1"));

        // Assert
        Assert.That(stored.Contains("telephone1"), Is.False);
        Assert.That(stored["name"], Is.EqualTo("A"));
    }

    [Test]
    public void Retrieve_EmptyColumnSet_Should_ReturnOnlyThePrimaryKey()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns)
        var id = CreateAccount("A");

        // Act
        var stored = Service.Retrieve("account", id, new ColumnSet());

        // Assert
        Assert.That(stored.Attributes.Keys, Is.EqualTo(new[] { "accountid" }));
    }

    [Test]
    public void Update_NullValue_Should_ClearTheColumn_And_MoveModifiedOn()
    {
        // Arrange
        var id = Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = "555" });
        Clock.Advance(TimeSpan.FromHours(2));

        // Act
        Service.Update(new Entity("account", id) { ["telephone1"] = null });
        var stored = Service.Retrieve("account", id, new ColumnSet(true));

        // Assert
        Assert.That(stored.Contains("telephone1"), Is.False);
        Assert.That(stored["name"], Is.EqualTo("A"));
        Assert.That(stored["modifiedon"], Is.EqualTo(Start.UtcDateTime.AddHours(2)));
        Assert.That(stored["createdon"], Is.EqualTo(Start.UtcDateTime));
    }

    [Test]
    public void Update_ByAlternateKey_Should_FindTheRow_OrFaultWithTheKeyMessage()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record)
        DefineTestTables();
        Org.DefineAlternateKey("crmspm_scorecard", "crmspm_key");
        var id = Service.Create(new Entity("crmspm_scorecard") { ["crmspm_key"] = "u1|2026-11", ["crmspm_winrate"] = 0.2m });

        // Act
        Service.Update(new Entity("crmspm_scorecard", "crmspm_key", "u1|2026-11") { ["crmspm_winrate"] = 0.3m });
        var missing = Fault(() => Service.Update(new Entity("crmspm_scorecard", "crmspm_key", "nobody") { ["crmspm_winrate"] = 1m }));

        // Assert
        Assert.That(Service.Retrieve("crmspm_scorecard", id, new ColumnSet("crmspm_winrate"))["crmspm_winrate"], Is.EqualTo(0.3m));
        Assert.That(missing.Detail.ErrorCode, Is.EqualTo(ErrorCodes.RecordNotFoundByEntityKey));
        Assert.That(missing.Detail.Message, Is.EqualTo("A record with the specified key values does not exist in crmspm_scorecard entity"));
    }

    [Test]
    public void Update_OfOwner_Should_MoveTheOwningBusinessUnit()
    {
        // Arrange (Assign is an Update of ownerid, https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior)
        var east = Org.CreateBusinessUnit("East");
        var eve = Org.CreateUser("Eve", east);
        var id = CreateAccount("A");

        // Act
        Service.Update(new Entity("account", id) { ["ownerid"] = new EntityReference("systemuser", eve) });
        var stored = Service.Retrieve("account", id, new ColumnSet("ownerid", "owningbusinessunit"));

        // Assert
        Assert.That(stored.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(eve));
        Assert.That(stored.GetAttributeValue<EntityReference>("owningbusinessunit").Id, Is.EqualTo(east));
    }

    [Test]
    public void Retrieve_NullColumnSet_Should_ReturnOnlyThePrimaryKey()
    {
        // Arrange ("Assign null to this property to retrieve only the primary key", https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns)
        var id = CreateAccount("A");

        // Act
        var stored = Service.Retrieve("account", id, null!);

        // Assert
        Assert.That(stored.Attributes.Keys, Is.EqualTo(new[] { "accountid" }));
    }

    [Test]
    public void Delete_Should_RemoveTheRow()
    {
        // Arrange
        var id = CreateAccount("A");

        // Act
        Service.Delete("account", id);

        // Assert
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
        Fault(() => Service.Retrieve("account", id, new ColumnSet()));
    }

    [Test]
    public void AssociateAndDisassociate_Should_AddAndRemoveTheIntersectRow()
    {
        // Arrange
        var account = CreateAccount("A");
        var contact = Service.Create(new Entity("contact") { ["lastname"] = "C" });
        Org.DefineManyToMany("crmspm_account_contact", "account", "contact");
        var related = new EntityReferenceCollection { new EntityReference("contact", contact) };

        // Act
        Service.Associate("account", account, new Relationship("crmspm_account_contact"), related);
        var afterAssociate = Org.RowCount("crmspm_account_contact");
        var duplicate = Fault(() => Service.Associate("account", account, new Relationship("crmspm_account_contact"), related));
        Service.Disassociate("account", account, new Relationship("crmspm_account_contact"), related);

        // Assert
        Assert.That(afterAssociate, Is.EqualTo(1));
        Assert.That(duplicate.Detail.ErrorCode, Is.EqualTo(ErrorCodes.DuplicateRecord));
        Assert.That(Org.RowCount("crmspm_account_contact"), Is.EqualTo(0));
    }

    [Test]
    public void Execute_UnknownRequest_Should_FaultClearly()
    {
        // Arrange
        var request = new OrganizationRequest("crmspm_DoesNotExist");

        // Act
        var fault = Fault(() => Service.Execute(request));

        // Assert
        Assert.That(fault.Detail.Message, Does.Contain("crmspm_DoesNotExist"));
    }
}
