using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace CrmSpm.Core.Tests.Properties;

/// <summary>
/// Scoring "as of" a past date uses only what was known then: the full history scored at T equals the history
/// truncated at T (<see cref="PointInTime.Truncate"/>) scored at T.
/// </summary>
public class PointInTimeProperties : CoreTestBase
{
    private static ScoringResult ScoreAt(OrgSnapshot org, DateTime asOf) => new ScoringEngine(Profile(), new FixedClock(asOf)).Score(org);

    [FsCheckProperty(MaxTest = 20)]
    public void ScoringAsOfAPastDate_Should_EqualScoringTheHistoryTruncatedThere(int seed, int daysBack, int hour)
    {
        // Arrange: an org generated up to Now, scored at a past instant anywhere in its last 300 days.
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = seed, Reps = 6, OpportunitiesPerRep = 25, Now = Now }).Generate();
        var asOf = Now.AddDays(-(1 + Math.Abs(daysBack % 300))).AddHours(Math.Abs(hour % 24));
        var truncated = PointInTime.Truncate(org, asOf, Profile().Stages[0].Name);

        // Act
        var full = ResultSummary.Of(ScoreAt(org, asOf));
        var known = ResultSummary.Of(ScoreAt(truncated, asOf));

        // Assert
        Assert.That(full, Is.EqualTo(known));
    }

    [Test]
    public void ADealWonAfterTheScoringDate_Should_CountAsOpenThen()
    {
        // Arrange: r1 won d1 ten days ago and lost d2 forty days ago; scored as of twenty days ago.
        var won = ClosedDeal("d1", OpportunityStatus.Won, closedDaysAgo: 10, cycleDays: 40);
        won.StageHistory.Add(new StageChange { Stage = "Close", EnteredOn = DaysAgo(15) });
        won.StageHistory[0].Stage = "Develop";
        var org = new OrgSnapshot
        {
            Reps = { Rep("r1") },
            Opportunities = { won, ClosedDeal("d2", OpportunityStatus.Lost, closedDaysAgo: 40) },
        };

        // Act
        var result = ScoreAt(org, DaysAgo(20));

        // Assert: only the loss was known; d1 was an open Develop deal.
        var card = result.Scorecards.Single();
        Assert.That(card.Outcomes.WonCount, Is.EqualTo(0));
        Assert.That(card.Outcomes.LostCount, Is.EqualTo(1));
        Assert.That(card.Outcomes.OpenCount, Is.EqualTo(1));
        Assert.That(result.DealScores.Single().OpportunityId, Is.EqualTo("d1"));
        Assert.That(result.DealModel!.WonCount, Is.EqualTo(0));
        Assert.That(won.Status, Is.EqualTo(OpportunityStatus.Won), "the caller's record is not changed");
    }

    [Test]
    public void ADealCreatedAfterTheScoringDate_Should_NotExistYet()
    {
        // Arrange: d2 and its touch were created five days ago; scored as of ten days ago.
        var org = new OrgSnapshot
        {
            Reps = { Rep("r1") },
            Opportunities = { OpenDeal("d1", createdDaysAgo: 30), OpenDeal("d2", createdDaysAgo: 5) },
            Activities = { Touch("t1", "d2", 4) },
        };

        // Act
        var result = ScoreAt(org, DaysAgo(10));

        // Assert
        Assert.That(result.DealScores.Select(d => d.OpportunityId), Is.EqualTo(new[] { "d1" }));
        Assert.That(result.DataIssues.Where(i => i.Code != DataIssueCodes.CaptureHealth), Is.Empty);
    }
}
