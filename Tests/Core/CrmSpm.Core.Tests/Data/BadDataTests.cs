using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Data;

public class BadDataTests : CoreTestBase
{
    private static ScoringResult Score(OrgSnapshot snapshot) => new ScoringEngine(Profile(), new FixedClock(Now)).Score(snapshot);

    private static OrgSnapshot Snapshot(IEnumerable<Rep?> reps, IEnumerable<Opportunity?> deals, IEnumerable<Activity?>? activities = null) => new OrgSnapshot
    {
        Reps = reps.ToList()!,
        Opportunities = deals.ToList()!,
        Activities = (activities ?? Array.Empty<Activity?>()).ToList()!,
    };

    /// <summary>Record issues only; capture-health issues about the org are tested in CaptureHealthTests.</summary>
    private static IEnumerable<string> Codes(ScoringResult result) =>
        result.DataIssues.Where(i => i.Code != DataIssueCodes.CaptureHealth).Select(i => i.Code + " " + i.RecordType + " " + i.RecordId);

    [Test]
    public void Score_NullsAndMissingIds_Should_SkipAndReportThem()
    {
        // Arrange
        var snapshot = Snapshot(
            new Rep?[] { Rep("r1"), null, new Rep { Id = " ", Name = "ghost" } },
            new Opportunity?[] { OpenDeal("d1"), null, new Opportunity { Id = "", OwnerId = "r1" } },
            new Activity?[] { null, Touch("t1", "d1", 1), new Activity { Id = "", RegardingOpportunityId = "d1" } });

        // Act
        var result = Score(snapshot);

        // Assert
        Assert.That(Codes(result), Is.EquivalentTo(new[]
        {
            "null-record rep ", "missing-id rep ", "null-record opportunity ", "missing-id opportunity ", "null-record activity ", "missing-id activity ",
        }));
        Assert.That(result.Scorecards.Single().Adoption.Value, Is.Not.Null);
    }

    [Test]
    public void Score_DuplicateIds_Should_KeepOneRecordEach()
    {
        // Arrange: the later-modified copy of d1 has the real amount; t1 is logged twice.
        var stale = OpenDeal("d1", amount: 1);
        stale.ModifiedOn = DaysAgo(9);
        var fresh = OpenDeal("d1", amount: 5000);
        var snapshot = Snapshot(new[] { Rep("r1"), Rep("r1") }, new[] { fresh, stale }, new[] { Touch("t1", "d1", 1), Touch("t1", "d1", 1) });

        // Act
        var result = Score(snapshot);

        // Assert
        Assert.That(Codes(result), Is.EquivalentTo(new[] { "duplicate-id rep r1", "duplicate-id opportunity d1", "duplicate-id activity t1" }));
        Assert.That(result.Scorecards.Single().Outcomes.OpenPipeline, Is.EqualTo(5000m));
    }

    [Test]
    public void Score_ImplausibleValues_Should_UseDocumentedDefaults()
    {
        // Arrange: a negative amount, a close date in 2199 and a stage the catalogue does not know.
        var negative = OpenDeal("neg", amount: -500);
        var farFuture = OpenDeal("far");
        farFuture.EstimatedCloseDate = new DateTime(2199, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var unknownStage = OpenDeal("odd", stage: "Haggling");
        var snapshot = Snapshot(new[] { Rep("r1") }, new[] { negative, farFuture, unknownStage });

        // Act
        var result = Score(snapshot);

        // Assert
        Assert.That(Codes(result), Is.EquivalentTo(new[] { "negative-amount opportunity neg", "implausible-close-date opportunity far", "unknown-stage opportunity odd" }));
        var card = result.Scorecards.Single();
        Assert.That(card.Outcomes.OpenPipeline, Is.EqualTo(20000m), "−500 counts as 0: 0 + 10,000 + 10,000");
        Assert.That(result.Tips.Where(t => t.RecordId == "far").Select(t => t.RuleId), Does.Not.Contain("past-due-close-date"));
        Assert.That(card.Adoption.Components.Single(c => c.Key == "completeness").Evidence,
            Is.EqualTo("5 of 7 required fields filled on 3 open deals"),
            "neg and far are at Develop (3 fields each; neg lacks the amount, far a usable close date); odd counts as Qualify (account only, filled)");
    }

    [Test]
    public void Score_UnknownOwnerAndUnknownDeal_Should_LeaveThemOutAndReport()
    {
        // Arrange
        var snapshot = Snapshot(new[] { Rep("r1") }, new[] { OpenDeal("d1"), OpenDeal("d2", owner: "nobody") }, new[] { Touch("t1", "ghost-deal", 1) });

        // Act
        var result = Score(snapshot);

        // Assert
        Assert.That(Codes(result), Is.EquivalentTo(new[] { "unknown-owner opportunity d2", "unknown-opportunity activity t1" }));
        Assert.That(result.DealScores.Select(d => d.OpportunityId), Is.EqualTo(new[] { "d1" }));
    }

    [Test]
    public void Score_NullOrUnknownOwnersBeforeAndBetweenKnownOnes_Should_LeaveExactlyThoseDealsOut()
    {
        // Arrange: the sanitizer looks an owner up only when it differs from the previous deal's (the same string instance).
        var deals = new[] { OpenDeal("d0", owner: null!), OpenDeal("d1"), OpenDeal("d2"), OpenDeal("d3", owner: "nobody"), OpenDeal("d4"), OpenDeal("d5", owner: null!) };

        // Act
        var result = Score(Snapshot(new[] { Rep("r1") }, deals));

        // Assert
        Assert.That(Codes(result), Is.EqualTo(new[] { "unknown-owner opportunity d0", "unknown-owner opportunity d3", "unknown-owner opportunity d5" }));
        Assert.That(result.DealScores.Select(d => d.OpportunityId), Is.EqualTo(new[] { "d1", "d2", "d4" }));
    }

    [Test]
    public void Score_NullCollections_Should_CountAsEmpty()
    {
        // Arrange: connectors may hand over nulls for lists they could not read.
        var rep = Rep("r1");
        rep.Quotas = null!;
        rep.ForecastCommits = null!;
        var deal = OpenDeal("d1");
        deal.StageHistory = null!;
        deal.CloseDateChanges = null!;
        deal.Stage = null!;
        var snapshot = new OrgSnapshot { Reps = new List<Rep> { rep }, Opportunities = new List<Opportunity> { deal }, Activities = null!, PreviousAdoptionScores = null! };

        // Act
        var result = Score(snapshot);

        // Assert
        Assert.That(result.Scorecards.Single().Adoption.Value, Is.Not.Null);
        Assert.That(Codes(result), Is.EqualTo(new[] { "unknown-stage opportunity d1" }));
    }

    [Test]
    public void Score_EmptySnapshot_Should_ReturnEmptyResults()
    {
        // Act
        var result = Score(new OrgSnapshot());

        // Assert
        Assert.That(result.Scorecards, Is.Empty);
        Assert.That(result.Tips, Is.Empty);
        Assert.That(result.Queue, Is.Empty);
        Assert.That(result.Period, Is.EqualTo("2026-11"));
    }

    [Test]
    public void Score_HostileStrings_Should_PassThroughUnchanged()
    {
        // Arrange: markup and control characters in names are data, not code.
        var rep = Rep("r1");
        rep.Name = "<script>alert('x')</script>\u0000";
        var deal = OpenDeal("d1", closeInDays: -2);
        deal.Name = "[red]x[/] ; DROP TABLE";

        // Act
        var result = Score(Snapshot(new[] { rep }, new[] { deal }));

        // Assert
        Assert.That(result.Scorecards.Single().RepName, Is.EqualTo(rep.Name));
        Assert.That(result.Tips.Where(t => t.RecordId == "d1").Select(t => t.Title), Does.Contain("Close date in the past"),
            "the tip sits on the deal, so its title never carries the deal's name");
    }
}
