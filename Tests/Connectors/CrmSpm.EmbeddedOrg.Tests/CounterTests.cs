using CrmSpm.EmbeddedOrg.Counters;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Counters of calls, rows read and rows written (docs/performance.md).
public class CounterTests : EmbeddedOrgTestBase
{
    [Test]
    public void TopLevelOperation_Should_IncludeItsPluginsNestedCalls()
    {
        // Arrange: Create of an account → PostOperation step reads the account (1 call, 1 row read) and creates a
        // task (1 call, 1 row written). So: 3 calls, 1 row read, 2 rows written.
        Register("Create", "account", PipelineStage.PostOperation, p =>
        {
            var service = ServiceOf(p);
            service.Retrieve("account", ContextOf(p).PrimaryEntityId, new ColumnSet("name"));
            service.Create(new Entity("task") { ["subject"] = "x" });
        });

        // Act
        CreateAccount("A");

        // Assert
        Assert.That(Org.Counters.LastOperation, Is.EqualTo(new CounterSnapshot(3, 1, 2)));
        Assert.That(Org.Counters.Total, Is.EqualTo(new CounterSnapshot(3, 1, 2)));
        Assert.That(Org.Counters.TopLevelOperations, Is.EqualTo(1));
    }

    [Test]
    public void RetrieveMultiple_Should_CountReturnedRows_AndExecuteMultipleOneCall()
    {
        // Arrange: 3 seeded tasks (seeding is not counted).
        Org.Seed(new[] { new Entity("task"), new Entity("task"), new Entity("task") });
        var batch = new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("task") },
                new CreateRequest { Target = new Entity("task") },
            },
            Settings = new ExecuteMultipleSettings(),
        };

        // Act
        var read = Org.Counters.Measure(() => Service.RetrieveMultiple(new QueryExpression("task")));
        var written = Org.Counters.Measure(() => Service.Execute(batch));

        // Assert
        Assert.That(read, Is.EqualTo(new CounterSnapshot(1, 3, 0)));
        Assert.That(written, Is.EqualTo(new CounterSnapshot(1, 0, 2)));
    }
}
