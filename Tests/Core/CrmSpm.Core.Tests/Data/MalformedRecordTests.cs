using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Data;

/// <summary>Malformed records found in a real CRM export: each becomes a data issue naming the record, and the run goes on.</summary>
public class MalformedRecordTests : CoreTestBase
{
    private static ScoringResult Score(OrgSnapshot org) => new ScoringEngine(Profile(), new FixedClock(Now)).Score(org);

    private static OrgSnapshot OneRep(params Opportunity[] deals)
    {
        var org = new OrgSnapshot { Reps = { Rep("r1") } };
        foreach (var deal in deals)
        {
            org.Opportunities.Add(deal);
        }

        return org;
    }

    [Test]
    public void ClosedDealWithoutCloseOrModifiedDate_Should_BeLeftOutWithAnIssue()
    {
        // Arrange
        var broken = ClosedDeal("d1", OpportunityStatus.Won);
        broken.ActualCloseDate = null;
        broken.ModifiedOn = default;

        // Act
        var result = Score(OneRep(broken, ClosedDeal("d2", OpportunityStatus.Lost)));

        // Assert
        Assert.That(result.DataIssues.Single(i => i.RecordId == "d1").Code, Is.EqualTo(DataIssueCodes.MissingCloseDate));
        Assert.That(result.Scorecards.Single().Outcomes.WonCount, Is.EqualTo(0));
        Assert.That(result.Scorecards.Single().Outcomes.LostCount, Is.EqualTo(1));
    }

    [Test]
    public void AmountsNearDecimalsLimit_Should_BeTreatedAsMissingNotOverflow()
    {
        // Arrange: three wins of 5e28 would overflow a decimal sum.
        var deals = Enumerable.Range(1, 3).Select(i => ClosedDeal("d" + i, OpportunityStatus.Won, amount: 50000000000000000000000000000m)).ToArray();

        // Act
        var result = Score(OneRep(deals));

        // Assert
        Assert.That(result.DataIssues.Count(i => i.Code == DataIssueCodes.ImplausibleAmount), Is.EqualTo(3));
        Assert.That(result.Scorecards.Single().Outcomes.WonCount, Is.EqualTo(3));
        Assert.That(result.Scorecards.Single().Outcomes.AverageWonAmount, Is.EqualTo(0m));
    }

    [TestCase(-5, -5, 1, "Amount -5 is negative; scored as 0.")]
    [TestCase(-5, 100, 1, "Amount -5 is negative; scored as 0.")]
    [TestCase(-5, -7, 2, "Estimated amount below 0 or above 10^15; treated as missing.")]
    [TestCase(100, -7, 1, "Estimated amount below 0 or above 10^15; treated as missing.")]
    public void BadAmounts_Should_BeReportedOncePerValue(int amount, int estimated, int issues, string lastMessage)
    {
        // Arrange: Salesforce has one Amount, which its connector puts in both fields: -5 twice is one bad value, not two.
        var deal = OpenDeal("d1");
        deal.Amount = amount;
        deal.EstimatedAmount = estimated;

        // Act
        var result = Score(OneRep(deal));

        // Assert
        var reported = result.DataIssues.Where(i => i.RecordId == "d1").ToList();
        Assert.That(reported, Has.Count.EqualTo(issues));
        Assert.That(reported.Last().Message, Is.EqualTo(lastMessage));
        Assert.That(result.DealScores.Single().OpportunityId, Is.EqualTo("d1"), "still scored");
    }

    [Test]
    public void BlankCloseValue_Should_CountThePipelineAmountAsRevenue()
    {
        // Arrange: won this month (Now is 2026-11-15), close value blank, estimated value 12,000.
        var won = ClosedDeal("d1", OpportunityStatus.Won, closedDaysAgo: 2, amount: 0);
        won.EstimatedAmount = 12000;
        won.ActualAmount = null;

        // Act
        var outcomes = Score(OneRep(won)).Scorecards.Single().Outcomes;

        // Assert
        Assert.That(outcomes.WonInPeriod, Is.EqualTo(12000m));
    }

    [Test]
    public void LostDealWithZeroCloseValue_Should_TrainTheModelOnItsPipelineAmount()
    {
        // Arrange
        var lost = ClosedDeal("d1", OpportunityStatus.Lost, amount: 0);
        lost.EstimatedAmount = 60000;
        lost.ActualAmount = 0;

        // Act
        var model = Score(OneRep(lost)).DealModel!;

        // Assert: the lost deal is counted in the "over 50,000" band, not "up to 5,000".
        var amount = model.ToState().Counts.Single(c => c.Feature == DealFeatureNames.Amount);
        Assert.That(amount.Value, Is.EqualTo(new DealFeatureBands(Profile().Thresholds.AmountBands).Amount(60000)));
        Assert.That(amount.Lost, Is.EqualTo(1));
    }

    [Test]
    public void DefaultCreationDate_Should_BeRepairedFromTheHistoryWithAnIssue()
    {
        // Arrange: created "0001-01-01", entered Develop 30 days ago.
        var deal = OpenDeal("d1", createdDaysAgo: 30);
        deal.CreatedOn = default;

        // Act
        var result = Score(OneRep(deal));

        // Assert
        Assert.That(result.DataIssues.Single(i => i.RecordId == "d1").Code, Is.EqualTo(DataIssueCodes.ImplausibleDate));
        Assert.That(result.Tips.All(t => !t.Message.Contains("7366")), "no tip counts days from year 1");
        Assert.That(result.Scorecards.Single().Outcomes.OpenCount, Is.EqualTo(1));
    }

    [Test]
    public void CloseBeforeCreate_Should_BeReportedAndGiveACycleOfZeroDays()
    {
        // Arrange: closed 10 days ago, "created" 5 days ago.
        var deal = ClosedDeal("d1", OpportunityStatus.Won, closedDaysAgo: 10);
        deal.CreatedOn = DaysAgo(5);

        // Act
        var result = Score(OneRep(deal));

        // Assert
        Assert.That(result.DataIssues.Single(i => i.RecordId == "d1").Code, Is.EqualTo(DataIssueCodes.CloseBeforeCreate));
        Assert.That(result.Scorecards.Single().Outcomes.CycleDays, Is.EqualTo(0));
    }

    [Test]
    public void DuplicatesWithTiedModifiedDates_Should_KeepTheSameRecordInEitherOrder()
    {
        // Arrange: one id, same ModifiedOn; one copy open, the other won.
        Opportunity Open() { var d = OpenDeal("d1"); d.ModifiedOn = DaysAgo(3); return d; }
        Opportunity Won() { var d = ClosedDeal("d1", OpportunityStatus.Won, closedDaysAgo: 3); d.ModifiedOn = DaysAgo(3); return d; }

        // Act
        var first = Score(OneRep(Open(), Won())).Scorecards.Single().Outcomes;
        var second = Score(OneRep(Won(), Open())).Scorecards.Single().Outcomes;

        // Assert: the closed copy wins the tie (a close is final), whatever the order.
        Assert.That(first.WonCount, Is.EqualTo(1));
        Assert.That(second.WonCount, Is.EqualTo(1));
        Assert.That(first.OpenCount + second.OpenCount, Is.EqualTo(0));
    }

    [Test]
    public void UndefinedStatus_Should_LeaveTheDealOutWithAnIssue()
    {
        // Arrange
        var deal = OpenDeal("d1");
        deal.Status = (OpportunityStatus)7;

        // Act
        var result = Score(OneRep(deal));

        // Assert
        Assert.That(result.DataIssues.Single(i => i.RecordId == "d1").Code, Is.EqualTo(DataIssueCodes.UnknownStatus));
        Assert.That(result.DealScores, Is.Empty);
    }
}
