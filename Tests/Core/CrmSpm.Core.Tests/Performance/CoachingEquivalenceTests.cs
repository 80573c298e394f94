using System.Globalization;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Rules;
using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// The full run's coaching shortcuts (docs/performance.md): tips ordered by merging each rule's runs, benchmarks
/// remembered per key, unsupported rules not run, whole counts formatted as ints, and the deals split once by rep.
/// Each is compared with the plain computation written out here: results must be identical.
/// </summary>
public class CoachingEquivalenceTests : CoreTestBase
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Sort_RandomTips_Should_OrderLikeLinqBySeverityThenKey(int seed)
    {
        // Arrange: rules raising tips in runs, some out of order, with repeated keys and prefixes of each other.
        var random = new Random(seed);
        var rules = new[] { "stale-deal", "stale", "low-activity", "past-due-close-date", "stale-deal-x" };
        var tips = new List<CoachingTip>();
        for (var i = 0; i < 3000; i++)
        {
            var rule = rules[random.Next(rules.Length)];
            var id = random.Next(4) == 0 ? random.Next(50).ToString(CultureInfo.InvariantCulture) : i.ToString("D5", CultureInfo.InvariantCulture);
            tips.Add(new CoachingTip
            {
                RuleId = rule,
                Key = TipKeys.ForDeal(rule, id),
                Severity = random.Next(6) == 0 ? (Severity)random.Next(3) : (Severity)(rule.Length % 3),
            });
        }

        // Act
        var sorted = TipOrder.Sort(tips);

        // Assert: the same objects in the same order.
        var expected = tips.OrderByDescending(t => t.Severity).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        Assert.That(sorted.Count, Is.EqualTo(expected.Count));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.That(sorted[i], Is.SameAs(expected[i]), "position " + i);
        }
    }

    [Test]
    public void Sort_NoTips_Should_GiveAnEmptyList()
    {
        Assert.That(TipOrder.Sort(new List<CoachingTip>()), Is.Empty);
    }

    [Test]
    public void Count_Numbers_Should_ReadLikeTheCustomFormat()
    {
        // Arrange
        var values = new[] { 0, -0.0, 1, 2, 2.5, 2.96, 3.04, -3, -0.04, 17, 1e9 - 1, 1e9, 1e12, 0.05, 123456.75, double.NaN, double.PositiveInfinity };

        foreach (var value in values)
        {
            // Act / Assert
            Assert.That(Words.Count(value), Is.EqualTo(value.ToString("0.#", CultureInfo.InvariantCulture)), value.ToString("R", CultureInfo.InvariantCulture));
            Assert.That(Words.Count(value), Is.EqualTo(value.ToString("0.#", CultureInfo.InvariantCulture)), "again, " + value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public void BenchmarkMemo_EveryKey_Should_AnswerLikeTheBenchmarks()
    {
        // Arrange: a behaviour listed twice (the first counts) and one without a benchmark.
        var benchmarks = new TeamBenchmarks
        {
            Behaviours = new List<Practice>
            {
                new Practice { BehaviourKey = BehaviourKeys.TouchCadence("Propose"), ABenchmark = 4 },
                new Practice { BehaviourKey = BehaviourKeys.TouchCadence("Propose"), ABenchmark = 9 },
                new Practice { BehaviourKey = BehaviourKeys.DaysInStage("Develop"), ABenchmark = 12.5 },
                new Practice { BehaviourKey = BehaviourKeys.ContactsPerDeal, ABenchmark = 2.5 },
                new Practice { BehaviourKey = BehaviourKeys.NextStepDiscipline },
            },
        };
        var memo = new BenchmarkMemo(benchmarks);

        foreach (var stage in new[] { "Propose", "Develop", "Close", "Propose" })
        {
            // Act / Assert: asked twice, remembered the same.
            Assert.That(memo.TouchCadence(stage), Is.EqualTo(benchmarks.ABenchmark(BehaviourKeys.TouchCadence(stage))), stage);
            Assert.That(memo.DaysInStage(stage), Is.EqualTo(benchmarks.ABenchmark(BehaviourKeys.DaysInStage(stage))), stage);
        }

        foreach (var key in new[] { BehaviourKeys.ContactsPerDeal, BehaviourKeys.NextStepDiscipline, BehaviourKeys.MeetingShare, BehaviourKeys.ContactsPerDeal })
        {
            Assert.That(memo.ABenchmark(key), Is.EqualTo(benchmarks.ABenchmark(key)), key);
            Assert.That(memo.Worded(key, Words.Count), Is.EqualTo(benchmarks.ABenchmark(key).HasValue ? Words.Count(benchmarks.ABenchmark(key)!.Value) : null), key);
            Assert.That(memo.Worded(key, Words.Percent), Is.EqualTo(benchmarks.ABenchmark(key).HasValue ? Words.Percent(benchmarks.ABenchmark(key)!.Value) : null), key);
        }
    }

    [Test]
    public void Score_GeneratedOrg_Should_RaiseTheTipsOfEveryRuleThenDropTheUnsupported()
    {
        // Arrange: reps without any activity, so activity tips are dropped for them.
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 17, Reps = 8, OpportunitiesPerRep = 40, Now = Now }).Generate();
        var silent = new HashSet<string>(org.Reps.Take(3).Select(r => r.Id));
        var silentDeals = new HashSet<string>(org.Opportunities.Where(o => silent.Contains(o.OwnerId)).Select(o => o.Id));
        org.Activities = org.Activities.Where(a => !silentDeals.Contains(a.RegardingOpportunityId ?? "")).ToList();
        var clock = new CrmSpm.Core.Time.FixedClock(Now);

        // Act
        var result = new ScoringEngine(Profile(), clock).Score(org);

        // Assert: every deal rule evaluated on every open deal, unsupported tips removed, then sorted.
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);
        var builder = new DealFactsBuilder(Profile());
        var coach = new DealCoach(Profile());
        var deals = clean.Opportunities.Select((o, i) => builder.Build(o, clean.ActivitiesOf(i), Now)).Where(d => d.Opportunity.IsOpen);
        var raised = deals
            .SelectMany(d => coach.Evaluate(new DealRuleContext(d, clean.RepsById[d.Opportunity.OwnerId], result.Benchmarks, Now)).Tips)
            .ToList();
        var expected = raised.Where(t => result.Signals.Supports(t.RuleId, t.RepId)).Select(t => t.Key).ToList();
        var actual = result.Tips.Where(t => t.RecordType == TipRecordTypes.Opportunity).Select(t => t.Key).ToList();
        Assert.That(raised.Any(t => t.RuleId == RuleIds.StaleDeal && silent.Contains(t.RepId)), Is.True, "the rules fire for silent reps");
        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(result.Tips.Select(TipWording.Fingerprint), Is.SupersetOf(raised.Where(t => result.Signals.Supports(t.RuleId, t.RepId)).Select(TipWording.Fingerprint)));
        Assert.That(result.Tips.Where(t => t.RuleId == RuleIds.StaleDeal || t.RuleId == RuleIds.LowActivity).Any(t => silent.Contains(t.RepId)), Is.False);
    }

    [Test]
    public void Score_GeneratedOrg_Should_WordEachDealTipAsEvaluatingItAloneAndShareEqualTexts()
    {
        // Arrange
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 29, Reps = 8, OpportunitiesPerRep = 60, Now = Now }).Generate();
        var clock = new CrmSpm.Core.Time.FixedClock(Now);

        // Act
        var result = new ScoringEngine(Profile(), clock).Score(org);

        // Assert: the words of each deal tip as the deal's own evaluation gives them (no memo).
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);
        var builder = new DealFactsBuilder(Profile());
        var coach = new DealCoach(Profile());
        var alone = clean.Opportunities.Select((o, i) => builder.Build(o, clean.ActivitiesOf(i), Now)).Where(d => d.Opportunity.IsOpen)
            .SelectMany(d => coach.Evaluate(new DealRuleContext(d, clean.RepsById[d.Opportunity.OwnerId], result.Benchmarks, Now)).Tips)
            .ToDictionary(t => t.Key);
        var dealTips = result.Tips.Where(t => t.RecordType == TipRecordTypes.Opportunity).ToList();
        Assert.That(dealTips.Select(t => t.RuleId).Distinct().Count(), Is.GreaterThanOrEqualTo(4));
        foreach (var tip in dealTips)
        {
            Assert.That(Wording(tip), Is.EqualTo(Wording(alone[tip.Key])), tip.Key);
        }

        // Equal messages and equal evidence are one object each (TipTextMemo).
        Assert.That(dealTips.Select(t => t.Message).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(dealTips.Select(t => t.Message).Distinct().Count()));
        var evidence = dealTips.Select(t => t.Evidence).Distinct().ToList();
        Assert.That(evidence.Count, Is.EqualTo(dealTips.Select(t => string.Join(";", t.Evidence)).Distinct().Count()));
        Assert.That(evidence.Count, Is.LessThan(dealTips.Count));
    }

    [Test]
    public void Days_WholeAndFractionalDays_Should_ReadLikeThePluralRuleEveryTime()
    {
        foreach (var days in new[] { -3, 0, 0.4, 0.5, 1, 1.49, 2.5, 16, 1023, 1023.5, 1024, 5000.2, double.NaN })
        {
            var expected = Plural.Of((int)Math.Round(Math.Max(0, days), MidpointRounding.AwayFromZero), "day");

            // Act / Assert: asked twice (the second from the cache).
            Assert.That(Words.Days(days), Is.EqualTo(expected), days.ToString("R", CultureInfo.InvariantCulture));
            Assert.That(Words.Days(days), Is.EqualTo(expected), days.ToString("R", CultureInfo.InvariantCulture));
        }

        Assert.That(Words.Times(1), Is.EqualTo("once"));
        Assert.That(Words.Times(3) + Words.Times(3) + Words.Times(2000), Is.EqualTo("3 times3 times2000 times"));
    }

    private static string Wording(CoachingTip t) =>
        string.Join("|", t.Title, t.Message, t.RecommendedAction, t.Benchmark, string.Join(";", t.Evidence), t.Signal?.Feature,
            t.Signal?.Observed.ToString("R", CultureInfo.InvariantCulture), t.Signal?.Benchmark?.ToString("R", CultureInfo.InvariantCulture), t.Signal?.HigherIsBetter);

    [Test]
    public void Group_GeneratedDeals_Should_SplitEachRepsDealsLikeTheFilters()
    {
        // Arrange
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 23, Reps = 5, OpportunitiesPerRep = 50, Now = Now }).Generate();
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);
        var builder = new DealFactsBuilder(Profile());
        var facts = clean.Opportunities.Select((o, i) => builder.Build(o, clean.ActivitiesOf(i), Now)).ToArray();
        var windowStart = Now.AddDays(-Profile().Windows.OutcomeDays);

        // Act
        var byRep = DealFactsByRep.Group(clean.Reps, facts, windowStart);

        // Assert
        for (var i = 0; i < clean.Reps.Count; i++)
        {
            var all = facts.Where(d => d.Opportunity.OwnerId == clean.Reps[i].Id).ToList();
            // Deals closed before the window and not won are read by no step: left out.
            Assert.That(byRep[i].All, Is.EqualTo(all.Where(d => d.Opportunity.IsOpen || d.AsOf >= windowStart || d.Opportunity.Status == OpportunityStatus.Won)));
            Assert.That(byRep[i].Open, Is.EqualTo(all.Where(d => d.Opportunity.IsOpen)));
            Assert.That(byRep[i].Current, Is.EqualTo(all.Where(d => d.Opportunity.IsOpen || d.AsOf >= windowStart)));
            Assert.That(byRep[i].ClosedInWindow, Is.EqualTo(all.Where(d => !d.Opportunity.IsOpen && d.AsOf >= windowStart)));
        }

    }
}
