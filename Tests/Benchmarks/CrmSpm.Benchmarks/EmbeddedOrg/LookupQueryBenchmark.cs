using BenchmarkDotNet.Attributes;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Benchmarks.EmbeddedOrg;

// A lookup-filtered RetrieveMultiple over 1,000,000 activity rows returning 100 rows. Target ≤ 1 ms, with the query's
// metadata checks on (table, columns, condition).
// 1,000,000 tasks regarding 10,000 opportunities, 100 tasks each; the query asks for one opportunity's tasks.
[ShortRunJob]
[MemoryDiagnoser]
public class LookupQueryBenchmark
{
    private const int Opportunities = 10_000;
    private const int TasksPerOpportunity = 100;

    private EmbeddedOrganization _org = null!;
    private QueryExpression _query = null!;

    [GlobalSetup]
    public void Seed()
    {
        _org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)) });
        var opportunityIds = new Guid[Opportunities];
        for (var o = 0; o < Opportunities; o++)
        {
            opportunityIds[o] = _org.Seed(new Entity("opportunity") { ["name"] = "Deal " + o });
        }

        // Interleaved, so one opportunity's tasks are spread over the whole table (no lucky locality).
        for (var t = 0; t < TasksPerOpportunity; t++)
        {
            for (var o = 0; o < Opportunities; o++)
            {
                _org.Seed(new Entity("task")
                {
                    ["subject"] = "Task " + t,
                    ["regardingobjectid"] = new EntityReference("opportunity", opportunityIds[o]),
                });
            }
        }

        _query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject", "regardingobjectid") };
        _query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, opportunityIds[Opportunities / 2]);
    }

    [Benchmark]
    public int RetrieveMultipleByLookup()
    {
        var result = _org.SystemService.RetrieveMultiple(_query);
        if (result.Entities.Count != TasksPerOpportunity)
        {
            throw new InvalidOperationException($"Expected {TasksPerOpportunity} rows, got {result.Entities.Count}.");
        }

        return result.Entities.Count;
    }
}
