using System.Globalization;
using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// The deal model's full-run shortcuts (docs/performance.md, Core engine) against the plain computation: a rebuild that
/// counts alike deals together against adding each deal, and one scoring pass over every open deal (ratios and reason
/// texts worked out once) against scoring each deal alone. Results must be bit-identical.
/// </summary>
public class DealModelEquivalenceTests : CoreTestBase
{
    [Test]
    public void Rebuild_MessyDeals_Should_CountLikeAddingEachClosedDeal()
    {
        // Arrange: repeated values (so deals group), unknown and unlisted stages, open deals and nulls to skip.
        var random = new Random(11);
        var stages = Profile().Stages.ToList();
        var deals = Enumerable.Range(0, 3000).Select(i => i % 97 == 0 ? null! : new DealFeatures
        {
            OpportunityId = "d" + i.ToString(CultureInfo.InvariantCulture),
            Outcome = (OpportunityStatus)random.Next(3),
            ClosedOn = DaysAgo(random.Next(90)),
            StageOrder = random.Next(8) == 0 ? DealFeatures.StageUnknown : random.Next(8) == 0 ? 99 : stages[random.Next(stages.Count)].Order,
            DaysSinceTouch = random.Next(5) == 0 ? null : random.Next(40),
            ContactsEngaged = random.Next(5),
            ClosePushes = random.Next(4),
            Amount = random.Next(0, 300) * 1000m,
            OwnerTier = (Tier)random.Next(4),
        }).ToList();

        // Act
        var rebuilt = new DealModel(Profile());
        rebuilt.Rebuild(deals);

        // Assert
        var plain = new DealModel(Profile());
        foreach (var deal in deals.Where(d => d != null && d.Outcome != OpportunityStatus.Open))
        {
            plain.Add(deal);
        }

        Assert.That(rebuilt.WonCount + rebuilt.LostCount, Is.GreaterThan(1500));
        Assert.That(rebuilt.ToJson(), Is.EqualTo(plain.ToJson()));
    }

    [Test]
    public void ScoreAll_GeneratedOrg_Should_ScoreEachOpenDealAsScoringItAlone()
    {
        // Arrange: a model counted from the closed deals (unchecked, so every term carries weight and deals get reasons).
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 17, Reps = 8, OpportunitiesPerRep = 80, Now = Now }).Generate();
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);
        var builder = new DealFactsBuilder(Profile());
        var facts = clean.Opportunities.Select((o, i) => builder.Build(o, clean.ActivitiesOf(i), Now)).ToList();
        Func<DealFacts, Tier> tierOf = d => (Tier)(d.Opportunity.OwnerId[d.Opportunity.OwnerId.Length - 1] % 4);
        var model = new DealModel(Profile());
        foreach (var deal in facts.Where(d => !d.Opportunity.IsOpen))
        {
            model.Add(DealFeatureExtractor.From(deal, tierOf(deal)));
        }

        var open = facts.Where(d => d.Opportunity.IsOpen).ToList();

        // Act
        var scores = model.ScoreAll(open, tierOf);

        // Assert
        var expected = open.Select(d => Describe(model.Score(DealFeatureExtractor.From(d, tierOf(d))))).ToList();
        Assert.That(scores.Select(Describe).ToList(), Is.EqualTo(expected));
        Assert.That(scores.Sum(s => s.PositiveReasons.Count + s.NegativeReasons.Count), Is.GreaterThan(open.Count));
        // Equal reasons and equal lists of them are one object each (DealReasonShare).
        var reasons = scores.SelectMany(s => s.PositiveReasons.Concat(s.NegativeReasons)).ToList();
        Assert.That(reasons.Distinct().Count(), Is.EqualTo(reasons.Select(Describe).Distinct().Count()));
        var lists = scores.SelectMany(s => new[] { s.PositiveReasons, s.NegativeReasons }).Where(l => l.Count > 0).ToList();
        Assert.That(lists.Distinct().Count(), Is.EqualTo(lists.Select(l => string.Join(";", l.Select(Describe))).Distinct().Count()));
        Assert.That(lists.Distinct().Count(), Is.LessThan(lists.Count), "the org has deals alike");
    }

    private static string Describe(DealScore s) =>
        string.Join("|", s.OpportunityId, s.Probability.ToString("R", CultureInfo.InvariantCulture), s.PriorProbability.ToString("R", CultureInfo.InvariantCulture),
            s.ClosedDeals, s.Signal, s.TeamWinRate?.ToString("R", CultureInfo.InvariantCulture),
            string.Join(";", s.PositiveReasons.Select(Describe)), string.Join(";", s.NegativeReasons.Select(Describe)));

    private static string Describe(DealReason r) => r.Feature + " " + r.Text + " " + r.Impact.ToString("R", CultureInfo.InvariantCulture);
}
