using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// The shortcuts of the practice finder's outcome weights (sums per behaviour instead of lists of values), the deal
/// model's held-out check (only the predicted deals sorted) and the period-key parser (docs/performance.md, Core engine),
/// each compared with the plain computation written out here, on messy data: results must be bit-identical.
/// </summary>
public class PracticeAndCheckEquivalenceTests : CoreTestBase
{
    [Test]
    public void Find_MessyClosedDeals_Should_GiveTheOutcomeWeightsOfListsOfEveryObservation()
    {
        // Arrange: a generated org with repeated stays in a stage, unknown stages, untouched and zero-length deals.
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 31, Reps = 6, OpportunitiesPerRep = 60, Now = Now }).Generate();
        var random = new Random(7);
        foreach (var deal in org.Opportunities.Where(o => !o.IsOpen))
        {
            switch (random.Next(5))
            {
                case 0: // back to an earlier stage, so one deal gives two observations of that stage
                    deal.StageHistory.Add(new StageChange { Stage = deal.StageHistory[0].Stage, EnteredOn = deal.CreatedOn.AddDays(3) });
                    deal.StageHistory = deal.StageHistory.OrderBy(c => c.EnteredOn).ToList();
                    break;
                case 1:
                    deal.StageHistory.Add(new StageChange { Stage = "Haggle", EnteredOn = deal.CreatedOn.AddHours(5) });
                    break;
                case 2:
                    deal.ActualCloseDate = deal.CreatedOn;
                    break;
            }
        }

        org.Activities = org.Activities.Where((_, i) => i % 3 != 0).ToList();
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);
        var builder = new DealFactsBuilder(Profile());
        var facts = clean.Opportunities.Select((o, i) => builder.Build(o, clean.ActivitiesOf(i), Now)).ToList();
        var reps = facts.GroupBy(f => f.Opportunity.OwnerId).Select((g, i) => new RepBehaviourSample
        {
            RepId = g.Key,
            Tier = i % 2 == 0 ? Tier.A : Tier.B,
            Values = BehaviourMeasurer.Measure(g),
        }).ToList();
        // Open deals among the closed ones are skipped; a lazy sequence is read twice the same way.
        var closed = facts.Where(f => !f.Opportunity.IsOpen || f.Opportunity.Id.EndsWith("7", StringComparison.Ordinal));

        // Act
        var benchmarks = new PracticeFinder(Profile()).Find(reps, closed, "2026-11");

        // Assert
        var expected = PlainOutcomeWeights(closed);
        Assert.That(benchmarks.Behaviours.Count(p => p.BehaviourKey.StartsWith(BehaviourKeys.DaysInStagePrefix, StringComparison.Ordinal)), Is.GreaterThan(3));
        foreach (var practice in benchmarks.Behaviours)
        {
            var weight = expected.TryGetValue(practice.BehaviourKey, out var w) ? w : 1;
            Assert.That(practice.OutcomeWeight, Is.EqualTo(weight), practice.BehaviourKey);
        }
    }

    [TestCase(300, false)]
    [TestCase(2600, false)]
    [TestCase(2600, true)]
    public void TimeOrdered_ShuffledDealsWithTiedAndMissingCloseDates_Should_PredictLikeSortingAllAndCountingFromEmpty(int deals, bool startFromRebuiltCounts)
    {
        // Arrange
        var closed = MessyClosedFeatures(deals);

        // Act
        var rebuilt = new DealModel(Profile());
        rebuilt.Rebuild(closed);
        var actual = startFromRebuiltCounts
            ? DealModelCheck.TimeOrdered(rebuilt.CountedCopy(), new List<DealFeatures>(closed), counted: true)
            : DealModelCheck.TimeOrdered(new DealModel(Profile()), new List<DealFeatures>(closed));

        // Assert: the plain check, every deal sorted, counted from empty in close order, the latest predicted.
        var ordered = closed.OrderBy(d => d.ClosedOn).ThenBy(d => d.OpportunityId, StringComparer.Ordinal).ToList();
        var firstPredicted = Math.Max(DealModelCheck.MinTraining, ordered.Count - DealModelCheck.MaxPredictions);
        var plain = new DealModel(Profile());
        var expected = new List<string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i >= firstPredicted)
            {
                plain.Evidence(ordered[i], out var prior, out var evidence);
                expected.Add($"{prior:R} {evidence:R} {(ordered[i].Outcome == OpportunityStatus.Won ? 1 : 0)}");
            }

            plain.Add(ordered[i]);
        }

        var got = actual.Priors.Select((p, i) => $"{p:R} {actual.Evidence[i]:R} {actual.Outcomes[i]}").ToList();
        Assert.That(got, Is.EqualTo(expected));
        Assert.That(got.Count, Is.EqualTo(Math.Min(deals - DealModelCheck.MinTraining, DealModelCheck.MaxPredictions)));
    }

    [Test]
    public void RebuildAndCalibrate_ManyMessyDeals_Should_EqualRebuildThenCalibrate()
    {
        // Arrange
        var closed = MessyClosedFeatures(2600);
        var plain = new DealModel(Profile());
        plain.Rebuild(closed);
        plain.Calibrate(closed);

        // Act
        var model = new DealModel(Profile());
        model.RebuildAndCalibrate(closed);

        // Assert
        Assert.That(model.ToJson(), Is.EqualTo(plain.ToJson()));
        Assert.That($"{model.Signal} {model.EvidenceWeight:R} {model.HeldOutBrier:R} {model.BaseRateBrier:R}",
            Is.EqualTo($"{plain.Signal} {plain.EvidenceWeight:R} {plain.HeldOutBrier:R} {plain.BaseRateBrier:R}"));
    }

    /// <summary>Closed deals with close dates drawn from a few days (many ties, decided by id) or missing, in random order.</summary>
    private static List<DealFeatures> MessyClosedFeatures(int deals)
    {
        var random = new Random(deals);
        var stages = Profile().Stages.ToList();
        return Enumerable.Range(0, deals).Select(i =>
        {
            var stage = stages[random.Next(stages.Count)];
            return new DealFeatures
            {
                OpportunityId = "d" + random.Next(1_000_000).ToString("D7") + "-" + i,
                Outcome = random.Next(3) == 0 ? OpportunityStatus.Won : OpportunityStatus.Lost,
                ClosedOn = random.Next(20) == 0 ? null : DaysAgo(random.Next(40)),
                StageName = stage.Name,
                StageOrder = random.Next(6) == 0 ? 99 : stage.Order,
                DaysSinceTouch = random.Next(4) == 0 ? null : random.Next(60),
                ContactsEngaged = random.Next(4),
                ClosePushes = random.Next(3),
                Amount = random.Next(1, 200) * 1000m,
                OwnerTier = (Tier)random.Next(4),
            };
        }).ToList();
    }

    [Test]
    public void TryParse_AnyShortKey_Should_AgreeWithTheGeneralParser()
    {
        // Arrange: every 7-character key of digits, dashes and a few other characters, sampled.
        var random = new Random(19);
        const string alphabet = "0123456789-+ x";
        var keys = Enumerable.Range(0, 20000).Select(_ => new string(Enumerable.Range(0, 7).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .Concat(new[] { "2026-11", "0000-01", "0001-01", "9999-12", "2026-00", "2026-13", "2026-1", "２０２６-11", " 2026-11" }).ToList();
        foreach (var key in Enumerable.Range(0, 1000).Select(i => $"{random.Next(10000):D4}-{random.Next(14):D2}"))
        {
            keys.Add(key);
        }

        foreach (var key in keys)
        {
            // Act
            var parsed = SalesPeriod.TryParse(key, out var period);

            // Assert
            var expected = DateTime.TryParseExact(key, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var start);
            Assert.That(parsed, Is.EqualTo(expected), key);
            if (expected)
            {
                Assert.That(period.Start, Is.EqualTo(new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc)), key);
            }
        }
    }

    /// <summary>The outcome weights as first written: every observation of won and of lost deals in a list per behaviour.</summary>
    private static Dictionary<string, double> PlainOutcomeWeights(IEnumerable<DealFacts> closed)
    {
        var won = new Dictionary<string, List<double>>();
        var lost = new Dictionary<string, List<double>>();
        foreach (var deal in closed)
        {
            var target = deal.Opportunity.Status == OpportunityStatus.Won ? won : deal.Opportunity.Status == OpportunityStatus.Lost ? lost : null;
            if (target == null)
            {
                continue;
            }

            void Add(string key, double value)
            {
                if (!target.TryGetValue(key, out var list))
                {
                    target[key] = list = new List<double>();
                }

                list.Add(value);
            }

            Add(BehaviourKeys.ContactsPerDeal, deal.ContactsEngaged);
            var firstTouch = deal.FirstTouchOn.HasValue && deal.FirstTouchOn.Value < deal.AsOf ? deal.FirstTouchOn.Value : deal.AsOf;
            Add(BehaviourKeys.FirstTouchLatency, Math.Max(0, (firstTouch - deal.Opportunity.CreatedOn).TotalDays));
            Add(BehaviourKeys.NextStepDiscipline, deal.HasNextStep ? 1 : 0);
            if (deal.Touches > 0)
            {
                Add(BehaviourKeys.MeetingShare, (double)deal.Meetings / deal.Touches);
            }

            foreach (var segment in deal.Segments)
            {
                if (segment.Days >= 1)
                {
                    Add(BehaviourKeys.TouchCadence(segment.Stage), segment.DaysPerTouch);
                }

                if (!segment.IsCurrent)
                {
                    Add(BehaviourKeys.DaysInStage(segment.Stage), segment.Days);
                }
            }
        }

        var weights = new Dictionary<string, double>();
        foreach (var key in won.Keys.Union(lost.Keys))
        {
            var w = won.GetValueOrDefault(key) ?? new List<double>();
            var l = lost.GetValueOrDefault(key) ?? new List<double>();
            weights[key] = w.Count < 2 || l.Count < 2 ? 1 : Math.Max(0.1, Math.Abs(PlainCohensD(w, l)));
        }

        return weights;
    }

    /// <summary>Cohen's d as docs/scoring.md §4 defines it, with LINQ's mean, for comparison with Statistics.</summary>
    private static double PlainCohensD(List<double> a, List<double> b)
    {
        double meanA = a.Average(), meanB = b.Average();
        var pooled = (a.Sum(v => (v - meanA) * (v - meanA)) + b.Sum(v => (v - meanB) * (v - meanB))) / (a.Count + b.Count - 2);
        var spread = Math.Max(Math.Sqrt(pooled), 0.05 * (Math.Abs(meanA) + Math.Abs(meanB)) / 2);
        var diff = meanA - meanB;
        return spread <= 1e-12 ? (Math.Abs(diff) < 1e-12 ? 0 : Math.Sign(diff) * Statistics.MaxEffectSize) : Math.Max(-Statistics.MaxEffectSize, Math.Min(Statistics.MaxEffectSize, diff / spread));
    }
}
