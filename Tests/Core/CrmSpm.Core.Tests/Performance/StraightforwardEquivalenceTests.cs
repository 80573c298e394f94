using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// The full run takes shortcuts for speed (docs/performance.md): activities grouped in one pass with duplicate
/// ids found by hash, per-stage behaviour sums, deal reasons ranked without LINQ. Each test here compares one
/// shortcut with the plain computation written out in the test, on a generated org made messy on purpose
/// (shuffled, duplicated, unknown deals, ids sharing their ends), so a shortcut that drifts from the definition fails.
/// </summary>
public class StraightforwardEquivalenceTests : CoreTestBase
{
    private static OrgSnapshot MessyOrg(bool shuffle)
    {
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 11, Reps = 4, OpportunitiesPerRep = 25, Now = Now }).Generate();
        var random = new Random(5);
        var activities = shuffle ? org.Activities.OrderBy(_ => random.Next()).ToList() : org.Activities.ToList();
        // Every 7th activity logged twice (same id, other content), one regarding an unknown deal, one null.
        foreach (var original in activities.Where((_, i) => i % 7 == 0).ToList())
        {
            activities.Add(new Activity { Id = original.Id, RegardingOpportunityId = original.RegardingOpportunityId, Status = ActivityStatus.Completed, CreatedOn = Now });
        }

        activities.Add(new Activity { Id = "ghost", RegardingOpportunityId = "no-such-deal" });
        activities.Insert(3, null!);
        org.Activities = activities;
        return org;
    }

    [TestCase(false)]
    [TestCase(true)]
    public void ActivitiesOf_MessyInput_Should_EqualThePreferredCopyOfEachIdPerDealAtItsFirstPosition(bool shuffle)
    {
        // Arrange
        var org = MessyOrg(shuffle);

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);

        // Assert
        AssertPreferredCopyOfEachIdPerDeal(org, clean);
    }

    [Test]
    public void ActivitiesOf_IdsSharingTheirLastCharacters_Should_EqualThePreferredCopyOfEachIdPerDealAtItsFirstPosition()
    {
        // Arrange: one deal with 300 ids that differ only before a common ending, so their cheap keys collide
        // (DuplicateActivities.KeyOf) and the deal is checked with whole-id hashes; most ids logged more than once.
        var org = MessyOrg(shuffle: true);
        var random = new Random(8);
        for (var i = 0; i < 700; i++)
        {
            org.Activities.Add(new Activity
            {
                Id = random.Next(300) + "-call-2026", RegardingOpportunityId = org.Opportunities[0].Id,
                Status = random.Next(2) == 0 ? ActivityStatus.Completed : ActivityStatus.Open, CreatedOn = Now.AddDays(-random.Next(100)),
            });
        }

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);

        // Assert
        AssertPreferredCopyOfEachIdPerDeal(org, clean);
    }

    [Test]
    public void ActivitiesOf_InDealOrderWithLongGapsThenLateCopies_Should_EqualThePreferredCopyOfEachIdPerDealAtItsFirstPosition()
    {
        // Arrange: activities in deal order, most deals left without any (gaps longer than the deal index scans ahead),
        // then copies of early activities at the end, so the order breaks only after most activities were placed.
        var org = MessyOrg(shuffle: false);
        var inOrder = org.Activities.Where(a => a != null && a.RegardingOpportunityId != "no-such-deal")
            .OrderBy(a => a.RegardingOpportunityId, StringComparer.Ordinal).ToList();
        var keptDeals = new HashSet<string?>(org.Opportunities.Where((_, i) => i % 12 == 0).Select(d => d.Id));
        var activities = inOrder.Where(a => keptDeals.Contains(a.RegardingOpportunityId)).ToList();
        activities.AddRange(activities.Take(30).Where((_, i) => i % 2 == 0).Select(a => new Activity
        {
            Id = a.Id, RegardingOpportunityId = a.RegardingOpportunityId, Status = ActivityStatus.Completed, CreatedOn = a.CreatedOn.AddHours(-1),
        }).ToList());
        org.Activities = activities;

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);

        // Assert
        AssertPreferredCopyOfEachIdPerDeal(org, clean);
    }

    [Test]
    public void ActivitiesOf_ShortDealWithIdsSharingTheirEnds_Should_DropOnlyTheRealDuplicate()
    {
        // Arrange: five ids of one length ending alike (equal cheap keys, DuplicateActivities.KeyOf), one of them logged twice.
        var org = MessyOrg(shuffle: false);
        var deal = org.Opportunities[0].Id;
        org.Activities = new[] { "a-2026", "b-2026", "c-2026", "d-2026", "b-2026", "e-2026" }
            .Select((id, i) => new Activity { Id = id, RegardingOpportunityId = deal, Status = ActivityStatus.Completed, CreatedOn = Now.AddDays(-i) })
            .ToList();

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);

        // Assert: the earlier-touched copy of b-2026 (index 4) loses to the first one, which stays in place.
        Assert.That(clean.ActivitiesOf(0).Select(a => a.Id + "@" + (Now - a.CreatedOn).TotalDays),
            Is.EqualTo(new[] { "a-2026@0", "b-2026@1", "c-2026@2", "d-2026@3", "e-2026@5" }));
        AssertPreferredCopyOfEachIdPerDeal(org, clean);
    }

    [TestCase("sorted")]
    [TestCase("shuffled")]
    [TestCase("sorted, copies last")]
    public void Opportunities_DuplicatedDeals_Should_EqualThePreferredCopyOfEachIdInIdOrder(string order)
    {
        // Arrange: every 3rd deal also comes as a copy with a larger amount, modified at the same time (it wins)
        // or a day earlier (it loses); in id order the copy sits next to its original, else last or anywhere.
        var org = MessyOrg(shuffle: false);
        var random = new Random(9);
        var deals = org.Opportunities.ToList();
        foreach (var original in org.Opportunities.Where((_, i) => i % 3 == 0))
        {
            var copy = original.Copy();
            copy.Amount = original.Amount + 1;
            copy.EstimatedAmount = original.EstimatedAmount + 1;
            copy.ModifiedOn = random.Next(2) == 0 ? original.ModifiedOn : original.ModifiedOn.AddDays(-1);
            deals.Add(copy);
        }

        org.Opportunities = order == "sorted" ? deals.OrderBy(d => d.Id, StringComparer.Ordinal).ToList()
            : order == "shuffled" ? deals.OrderBy(_ => random.Next()).ToList()
            : deals.Take(org.Opportunities.Count).OrderBy(d => d.Id, StringComparer.Ordinal).Concat(deals.Skip(org.Opportunities.Count)).ToList();

        // Act
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);

        // Assert: the plain definition.
        var expected = org.Opportunities.GroupBy(d => d.Id).Select(g => g.Aggregate((kept, candidate) => DuplicateRule.Prefer(candidate, kept) ? candidate : kept))
            .OrderBy(d => d.Id, StringComparer.Ordinal);
        Assert.That(clean.Opportunities.Select(d => d.Id + " " + d.Amount), Is.EqualTo(expected.Select(d => d.Id + " " + d.Amount)));
        var reported = clean.Issues.Count(i => i.Code == DataIssueCodes.DuplicateId && i.RecordType == RecordTypes.Opportunity);
        Assert.That(reported, Is.EqualTo(deals.Count - expected.Count()), "one issue per dropped copy (deals are checked before activities, so none is in the summary row)");
    }

    /// <summary>The plain definition, deal by deal: one copy per id, the preferred one, where the id first appears.</summary>
    private static void AssertPreferredCopyOfEachIdPerDeal(OrgSnapshot org, CleanSnapshot clean)
    {
        for (var i = 0; i < clean.Opportunities.Count; i++)
        {
            var expected = org.Activities
                .Where(a => a != null && !string.IsNullOrWhiteSpace(a.Id) && a.RegardingOpportunityId == clean.Opportunities[i].Id)
                .GroupBy(a => a.Id).Select(g => g.Aggregate((kept, candidate) => DuplicateActivities.Prefer(candidate, kept) ? candidate : kept));
            Assert.That(clean.ActivitiesOf(i), Is.EqualTo(expected), "deal " + clean.Opportunities[i].Id);
        }

        var duplicates = org.Activities.Count(a => a != null) - org.Activities.Where(a => a != null).Select(a => a.Id).Distinct().Count();
        Assert.That(ReportedCount(clean, DataIssueCodes.DuplicateId), Is.EqualTo(duplicates), "one issue per dropped copy (past 100, in the summary row)");
    }

    [Test]
    public void Measure_GeneratedDeals_Should_EqualTheOneDictionaryPerSumComputation()
    {
        // Arrange
        var clean = new SnapshotSanitizer(Profile()).Clean(MessyOrg(shuffle: true), Now);
        var builder = new DealFactsBuilder(Profile());
        var deals = clean.Opportunities.Select((o, i) => builder.Build(o, clean.ActivitiesOf(i), Now)).ToList();

        // Act
        var values = BehaviourMeasurer.Measure(deals);

        // Assert: same keys in the same order, bit-identical values.
        Assert.That(values.ToList(), Is.EqualTo(PlainMeasure(deals).ToList()));
    }

    [Test]
    public void Top_TermsWithTiedImpacts_Should_OrderLikeLinqByImpactThenFeature()
    {
        // Arrange: 500 random sets of six terms, impacts drawn from a few values so ties are common.
        var random = new Random(3);
        var deal = new DealFeatures { StageName = "Develop", OwnerTier = Tier.B };
        for (var round = 0; round < 500; round++)
        {
            var terms = Enumerable.Range(0, 6).Select(i => new DealTerm("f" + random.Next(100), "", 0) { Impact = (random.Next(7) - 3) / 10.0 })
                .GroupBy(t => t.Feature).Select(g => g.First()).ToArray();

            // Act
            var positive = DealReasonRanking.Top(terms, deal, positive: true, 3);
            var negative = DealReasonRanking.Top(terms, deal, positive: false, 3);

            // Assert
            var expectedPositive = terms.Where(t => t.Impact > 0).OrderByDescending(t => t.Impact).ThenBy(t => t.Feature, StringComparer.Ordinal).Take(3);
            var expectedNegative = terms.Where(t => t.Impact < 0).OrderBy(t => t.Impact).ThenBy(t => t.Feature, StringComparer.Ordinal).Take(3);
            Assert.That(positive.Select(r => r.Feature + " " + r.Impact), Is.EqualTo(expectedPositive.Select(t => t.Feature + " " + t.Impact)));
            Assert.That(negative.Select(r => r.Feature + " " + r.Impact), Is.EqualTo(expectedNegative.Select(t => t.Feature + " " + t.Impact)));
        }
    }

    [Test]
    public void Build_SliceOfASharedArray_Should_GiveTheSameFactsAsAPlainList()
    {
        // Arrange: the deal's three touches in the middle of a larger array, as the full run passes them.
        var deal = OpenDeal("d", contacts: 0);
        var touches = new[] { Touch("t1", "d", 20, contact: "c1"), Touch("t2", "d", 5, ActivityKind.Meeting, contact: "c2"), Touch("t3", "d", 1, contact: "c1") };
        var shared = new[] { Touch("x", "other", 3) }.Concat(touches).Concat(new[] { Touch("y", "other", 2) }).ToArray();

        // Act
        var fromSlice = new DealFactsBuilder(Profile()).Build(deal, new ArraySegment<Activity>(shared, 1, 3), Now);
        var fromList = Facts(deal, touches);

        // Assert
        Assert.That(Describe(fromSlice), Is.EqualTo(Describe(fromList)));
        Assert.That(fromSlice.ContactsEngaged, Is.EqualTo(2), "c1 and c2");
    }

    /// <summary>Issues of <paramref name="code"/>: the rows kept plus the number the summary row stands for.</summary>
    private static int ReportedCount(CleanSnapshot clean, string code) =>
        clean.Issues.Where(i => i.Code == code).Sum(i => i.RecordType == "summary" ? int.Parse(i.Message.Split(' ')[0]) : 1);

    private static string Describe(DealFacts f) =>
        $"{f.Touches} {f.Meetings} {f.RecentTouches} {f.ContactsEngaged} {f.FirstTouchOn:O} {f.LastTouchOn:O} " + string.Join(",", f.Segments.Select(s => s.Stage + ":" + s.Touches));

    /// <summary>The behaviour definition as first written: one dictionary per running sum.</summary>
    private static Dictionary<string, double> PlainMeasure(IEnumerable<DealFacts> deals)
    {
        var cadenceDays = new Dictionary<string, double>();
        var cadenceTouches = new Dictionary<string, double>();
        var stageDays = new Dictionary<string, double>();
        var stays = new Dictionary<string, int>();
        int count = 0, touches = 0, meetings = 0, withNextStep = 0;
        double contacts = 0, latency = 0;
        foreach (var deal in deals)
        {
            count++;
            touches += deal.Touches;
            meetings += deal.Meetings;
            contacts += deal.ContactsEngaged;
            withNextStep += deal.HasNextStep ? 1 : 0;
            var firstTouch = deal.FirstTouchOn.HasValue && deal.FirstTouchOn.Value < deal.AsOf ? deal.FirstTouchOn.Value : deal.AsOf;
            latency += Math.Max(0, (firstTouch - deal.Opportunity.CreatedOn).TotalDays);
            foreach (var segment in deal.Segments)
            {
                if (segment.Days >= 1)
                {
                    cadenceDays[segment.Stage] = cadenceDays.GetValueOrDefault(segment.Stage) + segment.Days;
                    cadenceTouches[segment.Stage] = cadenceTouches.GetValueOrDefault(segment.Stage) + Math.Max(1, segment.Touches);
                }

                if (!segment.IsCurrent)
                {
                    stageDays[segment.Stage] = stageDays.GetValueOrDefault(segment.Stage) + segment.Days;
                    stays[segment.Stage] = stays.GetValueOrDefault(segment.Stage) + 1;
                }
            }
        }

        var values = new Dictionary<string, double>
        {
            [BehaviourKeys.ContactsPerDeal] = contacts / count,
            [BehaviourKeys.FirstTouchLatency] = latency / count,
            [BehaviourKeys.NextStepDiscipline] = (double)withNextStep / count,
        };
        if (touches > 0)
        {
            values[BehaviourKeys.MeetingShare] = (double)meetings / touches;
        }

        foreach (var pair in cadenceDays)
        {
            values[BehaviourKeys.TouchCadence(pair.Key)] = pair.Value / cadenceTouches[pair.Key];
        }

        foreach (var pair in stageDays)
        {
            values[BehaviourKeys.DaysInStage(pair.Key)] = pair.Value / stays[pair.Key];
        }

        return values;
    }
}
