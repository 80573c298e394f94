using CrmSpm.Core.Model;

namespace CrmSpm.Core.Tests.Scoring;

public class DealFactsBuilderTests : CoreTestBase
{
    [Test]
    public void Build_UnsortedHistoryWithRepeats_Should_GiveOrderedMergedSegments()
    {
        // Arrange: history given out of order, Qualify listed twice; the deal is now at Propose.
        var deal = OpenDeal("d", stage: "Propose", createdDaysAgo: 40);
        deal.StageHistory = new List<StageChange>
        {
            new StageChange { Stage = "propose", EnteredOn = DaysAgo(10) },
            new StageChange { Stage = "Qualify", EnteredOn = DaysAgo(40) },
            new StageChange { Stage = "Qualify", EnteredOn = DaysAgo(35) },
            new StageChange { Stage = "Develop", EnteredOn = DaysAgo(25) },
        };

        // Act
        var facts = Facts(deal, Touch("t1", "d", 30), Touch("t2", "d", 5), Touch("future", "d", -3));

        // Assert
        Assert.That(facts.Segments.Select(s => s.Stage + ":" + s.Days + ":" + s.Touches),
            Is.EqualTo(new[] { "Qualify:15:1", "Develop:15:0", "Propose:10:1" }), "names take the catalogue's spelling");
        Assert.That(facts.CurrentSegment!.Value.IsCurrent, Is.True);
        Assert.That(facts.Touches, Is.EqualTo(2), "a touch dated in the future is ignored");
        Assert.That(facts.LastTouchOn, Is.EqualTo(DaysAgo(5)));
    }

    [Test]
    public void Build_HistoryNotEndingInTheCurrentStage_Should_LetTheRecordWin()
    {
        // Arrange: the record says Close, the history stops at Propose (entered 8 days ago).
        var deal = OpenDeal("d", stage: "Close", createdDaysAgo: 20);
        deal.StageHistory = new List<StageChange>
        {
            new StageChange { Stage = "Qualify", EnteredOn = DaysAgo(20) },
            new StageChange { Stage = "Propose", EnteredOn = DaysAgo(8) },
        };

        // Act
        var facts = Facts(deal);

        // Assert
        Assert.That(facts.Segments.Select(s => s.Stage + ":" + s.Days), Is.EqualTo(new[] { "Qualify:12", "Close:8" }));
    }

    [Test]
    public void Build_ClosedDeal_Should_DescribeItAsOfItsCloseDate()
    {
        // Arrange: lost 10 days ago, last touched 14 days ago; a touch after closing does not count.
        var deal = ClosedDeal("d", OpportunityStatus.Lost, closedDaysAgo: 10, cycleDays: 30);

        // Act
        var facts = Facts(deal, Touch("t1", "d", 14), Touch("late", "d", 2));

        // Assert
        Assert.That(facts.AsOf, Is.EqualTo(DaysAgo(10)));
        Assert.That(facts.DaysSinceTouch, Is.EqualTo(4).Within(1e-9));
        Assert.That(facts.CurrentSegment!.Value.IsCurrent, Is.False);
    }
}
