using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Thread safety (one lock per org, OrgRuntime.cs): parallel creates and updates keep every row intact.
public class ConcurrencyTests : EmbeddedOrgTestBase
{
    [Test]
    public void ParallelCreatesAndUpdates_Should_KeepEveryRowIntact()
    {
        // Arrange: 8 workers × 250 accounts; each worker then increments its own accounts' counter 3 times.
        // A PostOperation step on Create writes a task per account, so nested writes race too.
        Register("Create", "account", PipelineStage.PostOperation, p =>
            ServiceOf(p).Create(new Entity("task") { ["subject"] = "welcome", ["regardingobjectid"] = new EntityReference("account", ContextOf(p).PrimaryEntityId) }));
        const int workers = 8;
        const int perWorker = 250;

        // Act
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < perWorker; i++)
            {
                ids.Add(Service.Create(new Entity("account") { ["name"] = $"w{worker}-{i}", ["numberofemployees"] = 0 }));
            }

            for (var round = 1; round <= 3; round++)
            {
                foreach (var id in ids)
                {
                    Service.Update(new Entity("account", id) { ["numberofemployees"] = round });
                }
            }
        });

        // Assert: 2,000 accounts, each at 3, each with exactly one task.
        var accounts = Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("numberofemployees", "name") }).Entities;
        Assert.That(accounts, Has.Count.EqualTo(workers * perWorker));
        Assert.That(accounts.All(a => (int)a["numberofemployees"] == 3), Is.True);
        Assert.That(accounts.Select(a => a["name"]).Distinct().Count(), Is.EqualTo(workers * perWorker));
        Assert.That(Org.RowCount("task"), Is.EqualTo(workers * perWorker));
    }

    [Test]
    public void ParallelReadersAndWriters_Should_NeverSeeAHalfWrittenRow()
    {
        // Arrange: writers always set both columns to the same value; readers check they agree.
        var id = Service.Create(new Entity("account") { ["numberofemployees"] = 0, ["revenue"] = new Money(0m) });
        var torn = 0;

        // Act
        Parallel.For(0, 4, worker =>
        {
            for (var i = 0; i < 300; i++)
            {
                if (worker % 2 == 0)
                {
                    Service.Update(new Entity("account", id) { ["numberofemployees"] = i, ["revenue"] = new Money(i) });
                }
                else
                {
                    var row = Service.Retrieve("account", id, new ColumnSet("numberofemployees", "revenue"));
                    if ((int)row["numberofemployees"] != (int)row.GetAttributeValue<Money>("revenue").Value)
                    {
                        Interlocked.Increment(ref torn);
                    }
                }
            }
        });

        // Assert
        Assert.That(torn, Is.EqualTo(0));
    }
}
