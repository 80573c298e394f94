using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Adoption;
using CrmSpm.Core.Scoring.Outcomes;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Scoring;

/// <summary>Core's sentences say "1 closed deal", never "1 closed deals".</summary>
public class PluralTests : CoreTestBase
{
    [TestCase(0, "0 closed deals")]
    [TestCase(1, "1 closed deal")]
    [TestCase(2, "2 closed deals")]
    public void Of_Should_UseTheSingularForExactlyOne(int count, string expected)
    {
        Assert.That(Plural.Of(count, "closed deal"), Is.EqualTo(expected));
        Assert.That(Plural.Word(count, "activity", "activities"), Is.EqualTo(count == 1 ? "activity" : "activities"));
    }

    [TestCase(0, 1, "0 of 1 open deal has")]
    [TestCase(1, 1, "1 of 1 open deal has")]
    [TestCase(1, 5, "1 of 5 open deals has")]
    [TestCase(0, 5, "0 of 5 open deals have")]
    [TestCase(3, 5, "3 of 5 open deals have")]
    public void PartOf_Should_MakeTheVerbAgreeWithAPartOfOneOrANounOfOne(int part, int total, string expected)
    {
        Assert.That(Plural.PartOf(part, total, "open deal", "has", "have"), Is.EqualTo(expected));
    }

    [Test]
    public void Adoption_NoneOfOneOpenDeal_Should_SayHas()
    {
        // Arrange: one open deal, no next step, estimated close 10 days ago: "0 of 1 open deal have" was the slip.
        var deal = OpenDeal("a", closeInDays: -10, nextStep: null);

        // Act
        var evidence = new AdoptionCalculator(Profile()).Score(new[] { Facts(deal) }).Components.ToDictionary(c => c.Key, c => c.Evidence);

        // Assert
        Assert.That(evidence[AdoptionComponentKeys.NextStepDiscipline], Is.EqualTo("0 of 1 open deal has a next step"));
        Assert.That(evidence[AdoptionComponentKeys.CloseDateHygiene], Is.EqualTo("1 of 1 open deal has a close date in the past"));
    }

    [Test]
    public void NotTiered_OneClosedDeal_Should_SayOneClosedDeal()
    {
        // Arrange
        var outcomes = new Dictionary<string, RepOutcomes> { ["r1"] = new RepOutcomes { RepId = "r1", WonCount = 1, WinRate = 1 } };

        // Act
        var tiers = new TierAssigner(Profile()).Assign(new List<Rep> { Rep("r1") }, outcomes, Now);

        // Assert
        Assert.That(tiers["r1"].Explanation, Is.EqualTo("Not tiered: 1 closed deal in the last 365 days, 6 needed."));
    }

    [Test]
    public void NotEnoughSignal_OneClosedDeal_Should_SayOneClosedDeal()
    {
        var score = new DealScore { Signal = DealModelSignal.NotEnoughSignal, TeamWinRate = 1, ClosedDeals = 1 };

        Assert.That(score.Note, Is.EqualTo("Not enough signal yet: the team wins 100 % of its 1 closed deal."));
    }

    [Test]
    public void Adoption_OneOpenDeal_Should_UseTheSingular()
    {
        // Arrange: one complete deal at Develop with a next step, touched 2, 9, 16 and 23 days ago: 4 touches ÷ 1 deal ÷ 4 weeks = 1 a week.
        var deal = OpenDeal("a", nextStep: "Demo");
        var facts = Facts(deal, Touch("t1", "a", 2), Touch("t2", "a", 9), Touch("t3", "a", 16), Touch("t4", "a", 23));

        // Act
        var evidence = new AdoptionCalculator(Profile()).Score(new[] { facts }).Components.ToDictionary(c => c.Key, c => c.Evidence);

        // Assert
        Assert.That(evidence[AdoptionComponentKeys.Completeness], Is.EqualTo("3 of 3 required fields filled on 1 open deal"));
        Assert.That(evidence[AdoptionComponentKeys.Freshness], Is.EqualTo("1 of 1 open deal touched within 14 days"));
        Assert.That(evidence[AdoptionComponentKeys.ActivityRate], Is.EqualTo("1 activity per open deal per week (target 1.5)"));
        Assert.That(evidence[AdoptionComponentKeys.NextStepDiscipline], Is.EqualTo("1 of 1 open deal has a next step"));
    }

    [Test]
    public void CaptureHealth_OneRep_Should_SayOneRep()
    {
        // Arrange: one rep, one open deal, no activity, no quota.
        var org = new OrgSnapshot { Reps = { Rep("r1") }, Opportunities = { OpenDeal("d1") } };

        // Act
        var result = new ScoringEngine(Profile(), new FixedClock(Now)).Score(org);

        // Assert
        var health = result.DataIssues.Where(i => i.Code == DataIssueCodes.CaptureHealth).Select(i => i.Message).ToList();
        Assert.That(health, Has.Some.StartsWith("1 of 1 rep logged no calls or emails in 28 days:"));
        Assert.That(health, Has.Some.StartsWith("1 of 1 rep has no quota for this period:"));
    }
}
