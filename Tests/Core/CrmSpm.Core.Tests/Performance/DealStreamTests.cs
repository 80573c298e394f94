using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// The full run builds each deal's facts while the sanitizer groups its activities (<see cref="IDealStream"/>,
/// docs/performance.md). Handing deals on early must change nothing: the same deals, activities and data issues as the
/// sanitizer without a stream, and no stream at all when the activities are not in deal order.
/// </summary>
public class DealStreamTests : CoreTestBase
{
    /// <summary>A generated org in deal order, made messy: duplicated activities beside their originals, nulls, unknown deals, impossible dates.</summary>
    private static OrgSnapshot MessyOrgInDealOrder(int copiesEvery = 5)
    {
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 21, Reps = 4, OpportunitiesPerRep = 30, Now = Now }).Generate();
        var activities = new List<Activity>();
        foreach (var (activity, i) in org.Activities.OrderBy(a => a.RegardingOpportunityId, StringComparer.Ordinal).Select((a, i) => (a, i)))
        {
            activities.Add(activity);
            if (i % copiesEvery == 0)
            {
                // Same id, other content: the completed copy touched later wins (DuplicateActivities.Prefer).
                activities.Add(new Activity { Id = activity.Id, RegardingOpportunityId = activity.RegardingOpportunityId, Status = ActivityStatus.Completed, CreatedOn = Now.AddDays(-1), CompletedOn = Now.AddDays(-1) });
            }

            if (i % 50 == 0)
            {
                activities.Add(new Activity { Id = "ghost-" + i, RegardingOpportunityId = "no-such-deal" });
                activities.Add(null!);
                activities.Add(new Activity { Id = "old-" + i, RegardingOpportunityId = activity.RegardingOpportunityId, Status = ActivityStatus.Completed, CompletedOn = new DateTime(1700, 1, 1) });
            }
        }

        org.Activities = activities;
        return org;
    }

    [Test]
    public void Clean_ActivitiesInDealOrder_Should_HandEachDealOnOnceInOrderWithTheActivitiesTheSnapshotKeeps()
    {
        // Arrange
        var org = MessyOrgInDealOrder();
        var stream = new RecordingStream();

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now, stream);

        // Assert
        Assert.That(clean.Streamed, Is.True);
        Assert.That(stream.Reps, Is.EqualTo(clean.Reps));
        Assert.That(stream.Indexes, Is.EqualTo(Enumerable.Range(0, clean.Opportunities.Count)), "every deal once, in index order");
        Assert.That(stream.Deals, Is.EqualTo(clean.Opportunities));
        for (var i = 0; i < clean.Opportunities.Count; i++)
        {
            Assert.That(stream.Activities[i], Is.EqualTo(clean.ActivitiesOf(i).ToList()), "deal " + clean.Opportunities[i].Id);
        }

        Assert.That(stream.Activities.Sum(a => a.Count), Is.LessThan(org.Activities.Count(a => a != null)), "duplicates and bad records were left out");
    }

    [TestCase(5, false)]
    [TestCase(5, true)]
    [TestCase(1, false)]
    public void Clean_WithAStream_Should_ReportTheSameIssuesInTheSameOrderAsWithout(int copiesEvery, bool shuffle)
    {
        // Arrange: copiesEvery 1 duplicates every activity, hundreds of issues of one code, so the 100-per-code cap and its summary row are reached.
        var org = MessyOrgInDealOrder(copiesEvery);
        if (shuffle)
        {
            var random = new Random(4);
            org.Activities = org.Activities.OrderBy(_ => random.Next()).ToList();
        }

        // Act
        var withStream = new SnapshotSanitizer(Profile()).Clean(org, Now, new RecordingStream());
        var without = new SnapshotSanitizer(Profile()).Clean(org, Now);

        // Assert
        Assert.That(withStream.Streamed, Is.EqualTo(!shuffle));
        Assert.That(withStream.Issues.Select(i => i.ToString()), Is.EqualTo(without.Issues.Select(i => i.ToString())));
        Assert.That(withStream.Issues.Count(i => i.Code == DataIssueCodes.DuplicateId), Is.GreaterThan(0));
        for (var i = 0; i < without.Opportunities.Count; i++)
        {
            Assert.That(withStream.ActivitiesOf(i), Is.EqualTo(without.ActivitiesOf(i)), "deal " + without.Opportunities[i].Id);
        }
    }

    [Test]
    public void Clean_OrderBreakingAfterDealsWereHandedOn_Should_StopStreamingAndKeepEveryActivity()
    {
        // Arrange: in deal order, then a late activity of the first deal, after most deals were handed on.
        var org = MessyOrgInDealOrder();
        var first = org.Opportunities.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).First();
        org.Activities.Add(new Activity { Id = "late", RegardingOpportunityId = first, Status = ActivityStatus.Completed, CreatedOn = Now.AddDays(-2), CompletedOn = Now.AddDays(-2) });
        var stream = new RecordingStream();

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now, stream);

        // Assert: the stream is not used; the late activity is grouped with its deal, and no issue is reported twice.
        Assert.That(clean.Streamed, Is.False);
        Assert.That(stream.Indexes.Count, Is.GreaterThan(clean.Opportunities.Count / 2), "deals were handed on before the order broke");
        Assert.That(clean.ActivitiesOf(0).Select(a => a.Id), Does.Contain("late"));
        var without = new SnapshotSanitizer(Profile()).Clean(org, Now);
        Assert.That(clean.Issues.Select(i => i.ToString()), Is.EqualTo(without.Issues.Select(i => i.ToString())));
    }

    [Test]
    public void Score_ActivitiesShuffled_Should_GiveTheSameResultAsInDealOrder()
    {
        // Arrange: the same org twice; the streamed run and the run that groups afterwards.
        var ordered = MessyOrgInDealOrder();
        var random = new Random(6);
        var shuffled = MessyOrgInDealOrder();
        shuffled.Activities = shuffled.Activities.OrderBy(_ => random.Next()).ToList();
        var engine = new ScoringEngine(Profile(), new CrmSpm.Core.Time.FixedClock(Now));

        // Act
        var fromStream = engine.Score(ordered);
        var afterwards = engine.Score(shuffled);

        // Assert: issues are reported in input order, so only their set is compared; everything else is identical.
        Assert.That(fromStream.DataIssues.Select(i => i.ToString()).OrderBy(i => i, StringComparer.Ordinal),
            Is.EqualTo(afterwards.DataIssues.Select(i => i.ToString()).OrderBy(i => i, StringComparer.Ordinal)));
        fromStream.DataIssues = afterwards.DataIssues = new List<DataIssue>();
        Assert.That(Json(fromStream), Is.EqualTo(Json(afterwards)));
    }

    private static string Json(ScoringResult result) => System.Text.Json.JsonSerializer.Serialize(result,
        new System.Text.Json.JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals, ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles });

    /// <summary>Keeps what it is handed, copying each slice (the grouped array is shared).</summary>
    private sealed class RecordingStream : IDealStream
    {
        public IReadOnlyList<Rep> Reps { get; private set; } = new List<Rep>();

        public List<int> Indexes { get; } = new List<int>();

        public List<Opportunity> Deals { get; } = new List<Opportunity>();

        public List<List<Activity>> Activities { get; } = new List<List<Activity>>();

        public void Begin(IReadOnlyList<Rep> reps, int deals) => Reps = reps;

        public void Deal(int index, Opportunity deal, ArraySegment<Activity> activities)
        {
            Indexes.Add(index);
            Deals.Add(deal);
            Activities.Add(activities.ToList());
        }
    }
}
