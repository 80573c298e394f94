using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Execute with Upsert, ExecuteMultiple and WinOpportunity/LoseOpportunity (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record, https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests).
public class ExecuteMessagesTests : EmbeddedOrgTestBase
{
    [Test]
    public void Upsert_ByAlternateKey_Should_CreateThenUpdate()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record)
        DefineTestTables();
        Org.DefineAlternateKey("crmspm_scorecard", "crmspm_key");
        Entity Scorecard(decimal winRate) => new("crmspm_scorecard", "crmspm_key", "u1|2026-11") { ["crmspm_winrate"] = winRate };

        // Act
        var first = (UpsertResponse)Service.Execute(new UpsertRequest { Target = Scorecard(0.2m) });
        var second = (UpsertResponse)Service.Execute(new UpsertRequest { Target = Scorecard(0.4m) });

        // Assert
        Assert.That(first.RecordCreated, Is.True);
        Assert.That(second.RecordCreated, Is.False);
        Assert.That(second.Target, Is.EqualTo(first.Target));
        var row = Service.Retrieve("crmspm_scorecard", first.Target.Id, new ColumnSet(true));
        Assert.That(row["crmspm_key"], Is.EqualTo("u1|2026-11"), "the key values became columns on create");
        Assert.That(row["crmspm_winrate"], Is.EqualTo(0.4m));
        Assert.That(Org.RowCount("crmspm_scorecard"), Is.EqualTo(1));
    }

    [Test]
    public void Upsert_ByUndefinedKey_Should_Fault()
    {
        // Arrange: no alternate key declared on crmspm_modelstate.
        DefineTestTables();
        var target = new Entity("crmspm_modelstate", "crmspm_teamkey", "west");

        // Act
        var fault = Fault(() => Service.Execute(new UpsertRequest { Target = target }));

        // Assert
        // Web service error QueryBuilderNoEntityKey (0x80041140), https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147217088));
        Assert.That(fault.Detail.Message, Does.StartWith("The specified entitykey was not found."));
        Assert.That(Org.RowCount("crmspm_modelstate"), Is.EqualTo(0));
    }

    [Test]
    public void Upsert_ById_Should_CreateWithThatId_AndFireTheCreateSteps()
    {
        // Arrange
        var id = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000001");
        var creates = 0;
        Register("Create", "account", PipelineStage.PostOperation, _ => creates++);

        // Act
        var response = (UpsertResponse)Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "A" } });

        // Assert
        Assert.That(response.RecordCreated, Is.True);
        Assert.That(response.Target.Id, Is.EqualTo(id));
        Assert.That(creates, Is.EqualTo(1));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests: 6 requests, #3 and #5 (1-based) fault.
    [TestCase(true, true, 6, 2)]
    [TestCase(false, true, 3, 1)]
    [TestCase(true, false, 2, 2)]
    [TestCase(false, false, 1, 1)]
    public void ExecuteMultiple_Should_FollowTheDocumentedSettingsTable(bool continueOnError, bool returnResponses, int items, int faults)
    {
        // Arrange: requests 3 and 5 update rows that do not exist.
        var requests = new OrganizationRequestCollection();
        for (var i = 1; i <= 6; i++)
        {
            requests.Add(i is 3 or 5
                ? new UpdateRequest { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "missing" } }
                : new CreateRequest { Target = new Entity("account") { ["name"] = "A" + i } });
        }

        var request = new ExecuteMultipleRequest
        {
            Requests = requests,
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
        };

        // Act
        var response = (ExecuteMultipleResponse)Service.Execute(request);

        // Assert
        Assert.That(response.IsFaulted, Is.True);
        Assert.That(response.Responses, Has.Count.EqualTo(items));
        Assert.That(response.Responses.Count(r => r.Fault != null), Is.EqualTo(faults));
        Assert.That(response.Responses.First(r => r.Fault != null).RequestIndex, Is.EqualTo(2), "RequestIndex is 0-based");
        Assert.That(Org.RowCount("account"), Is.EqualTo(continueOnError ? 4 : 2));
    }

    [Test]
    public void ExecuteMultiple_Should_FaultANestedBatch_AndRefuseAnOversizedOne()
    {
        // Arrange (no nesting; MaxBatchSize fault before anything runs, https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests)
        var nested = new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection { new ExecuteMultipleRequest() },
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
        };
        var oversized = new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection(), Settings = new ExecuteMultipleSettings() };
        for (var i = 0; i < 1001; i++)
        {
            oversized.Requests.Add(new CreateRequest { Target = new Entity("account") });
        }

        // Act
        var nestedResponse = (ExecuteMultipleResponse)Service.Execute(nested);
        var fault = Fault(() => Service.Execute(oversized));

        // Assert
        Assert.That(nestedResponse.Responses.Single().Fault, Is.Not.Null);
        Assert.That(fault.Detail.ErrorDetails.Contains("MaxBatchSize"), Is.True);
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
    }

    [Test]
    public void WinOpportunity_Should_CloseAsWon_AndCreateTheOpportunityClose()
    {
        // Arrange: requests from Microsoft.Crm.Sdk.Proxy sent as plain OrganizationRequests. Microsoft documents
        // OpportunityClose and Status as the only parameters and no Update message for the close
        // (https://learn.microsoft.com/dynamics365/customer-engagement/web-api/winopportunity): no Update step runs.
        var id = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var winSteps = 0;
        var stateUpdates = 0;
        Register("Win", "opportunity", PipelineStage.PostOperation, _ => winSteps++);
        Register("Update", "opportunity", PipelineStage.PostOperation, _ => stateUpdates++, filtering: new[] { "statecode" });
        var request = new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id), ["actualrevenue"] = new Money(5000m) },
            ["Status"] = new OptionSetValue(3),
        };

        // Act
        Service.Execute(request);

        // Assert
        var deal = Service.Retrieve("opportunity", id, new ColumnSet(true));
        Assert.That(deal.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
        Assert.That(deal.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(3));
        Assert.That(deal.GetAttributeValue<Money>("actualvalue").Value, Is.EqualTo(5000m));
        Assert.That(deal["actualclosedate"], Is.EqualTo(Start.UtcDateTime));
        var close = Service.RetrieveMultiple(new QueryExpression("opportunityclose") { ColumnSet = new ColumnSet(true) }).Entities.Single();
        Assert.That(close.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
        Assert.That((winSteps, stateUpdates), Is.EqualTo((1, 0)));
    }

    [Test]
    public void LoseOpportunity_Should_CloseAsLost_AndRefuseASecondClose()
    {
        // Arrange
        var id = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        OrganizationRequest Lose() => new("LoseOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(4),
        };

        // Act
        Service.Execute(Lose());
        var second = Fault(() => Service.Execute(Lose()));

        // Assert
        var deal = Service.Retrieve("opportunity", id, new ColumnSet("statecode", "actualvalue"));
        Assert.That(deal.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(2));
        Assert.That(deal.Contains("actualvalue"), Is.False);
        Assert.That(second.Detail.Message, Does.Contain("already closed"));
        Assert.That(Org.RowCount("opportunityclose"), Is.EqualTo(1));
    }
}
