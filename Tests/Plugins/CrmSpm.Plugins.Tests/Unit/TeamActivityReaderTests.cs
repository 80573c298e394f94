using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class TeamActivityReaderTests : PluginTestBase
{
    [Test]
    public void CompletedByDeal_501Deals_Should_QueryEachActivityTableOncePerChunkOf500()
    {
        // Arrange: 501 deals (the first is DealId); one completed call on it without an actual end, saved yesterday.
        var deals = new[] { DealId }.Concat(Enumerable.Range(1, 500).Select(i => new Guid(i, 0, 0, new byte[8]))).ToList();
        SystemService.Answer(ActivityColumns.PhoneCall, new Entity(ActivityColumns.PhoneCall, Guid.Empty)
        {
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
            [ActivityColumns.ModifiedOn] = Now.AddDays(-1),
        });

        // Act
        var byDeal = new TeamActivityReader(new PagedReader(SystemService)).CompletedByDeal(deals, Now);

        // Assert: 2 chunks (500 + 1) × 4 tables = 8 round trips, each completed-only, pinned to its chunk of deal ids;
        // tasks without our tips. The call's touch falls back to its last save (yesterday, 10:00).
        Assert.That(CallsOf(SystemService), Is.EqualTo(ActivityColumns.Tables.Concat(ActivityColumns.Tables).Select(t => "RetrieveMultiple " + t)));
        Assert.That(SystemService.Queries.Select(q => RegardingIds(q).Length), Is.EqualTo(new[] { 500, 500, 500, 500, 1, 1, 1, 1 }));
        Assert.That(SystemService.Queries.All(q => q.Criteria.Conditions.Any(c => c.AttributeName == ActivityColumns.StateCode && (int)c.Values[0] == ActivityState.Completed)), Is.True);
        Assert.That(SystemService.Queries.Where(q => q.EntityName == ActivityColumns.Task).All(q => q.Criteria.Conditions
            .Any(c => c.AttributeName == CoachingTipColumns.TipKey && c.Operator == ConditionOperator.Null)), Is.True);
        var touch = byDeal[DealId].Single();
        Assert.That((touch.Kind, touch.On), Is.EqualTo(("call", "2026-11-19T10:00:00Z")));
    }

    private static object[] RegardingIds(QueryExpression query) =>
        query.Criteria.Conditions.Single(c => c.AttributeName == ActivityColumns.RegardingObjectId && c.Operator == ConditionOperator.In).Values.ToArray();
}
