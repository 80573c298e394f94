using System;
using CrmSpm.Salesforce.Collections;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// The fewest API calls a run that reads and writes what its summary says can make when each query
/// page and each sObject Collections write is a request of its own (docs/performance.md, "Salesforce connector"):
/// <list type="bullet">
/// <item>1 login and 1 describe (the run's describes travel in one composite call);</item>
/// <item>per object, ⌈rows / 2,000⌉ query pages, and at least 1: a page holds one object's rows, and learning that
/// an object has no new rows takes a call;</item>
/// <item>per object and operation, ⌈records / 200⌉ collection calls: one call upserts one object by one external id
/// (tips, scorecards) or updates by id (closed tips); "the list can contain objects only of the type indicated in the
/// request URI" (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-sobjects-collections-upsert.html).</item>
/// </list>
/// The Composite resource can carry up to five query or collection requests in one call
/// (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-composite-post.html), which the
/// sync does not use for reads and writes; this floor is that of request-per-page syncs.
/// </summary>
public static class ApiCallMinimum
{
    public static int For(SyncSummary summary)
    {
        var calls = 2;
        foreach (var rows in summary.RowsRead.Values)
        {
            calls += Math.Max(1, Pages(rows, SalesforceClientOptions.MaxQueryBatchSize));
        }

        return calls + Pages(summary.TipsWritten, SObjectCollections.MaxRecordsPerCall)
                     + Pages(summary.TipsClosed, SObjectCollections.MaxRecordsPerCall)
                     + Pages(summary.ScorecardsWritten, SObjectCollections.MaxRecordsPerCall);
    }

    private static int Pages(long count, int perCall) => (int)((count + perCall - 1) / perCall);
}
