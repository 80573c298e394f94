using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// The full run builds the deal model's training view of a closed deal without rewinding a copy of it
/// (<see cref="MidLifeFeatures"/>); here it must equal the plain definition,
/// <c>ForTraining(BuildAtMidLife(deal), BuildAtClose(deal))</c>, on deals made messy on purpose.
/// </summary>
public class MidLifeEquivalenceTests : CoreTestBase
{
    private static OrgSnapshot MessyOrg()
    {
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 23, Reps = 5, OpportunitiesPerRep = 40, Now = Now }).Generate();
        var random = new Random(3);
        var closed = org.Opportunities.Where(o => !o.IsOpen).ToList();
        for (var i = 0; i < closed.Count; i++)
        {
            var deal = closed[i];
            switch (i % 8)
            {
                case 0: // history out of order, with a null, a blank and an unknown stage
                    deal.StageHistory = deal.StageHistory.OrderBy(_ => random.Next()).ToList();
                    deal.StageHistory.Add(null!);
                    deal.StageHistory.Add(new StageChange { Stage = " ", EnteredOn = deal.CreatedOn.AddDays(1) });
                    deal.StageHistory.Add(new StageChange { Stage = "Haggle", EnteredOn = deal.CreatedOn.AddHours(3) });
                    break;
                case 1: // two stages entered at the same instant, and no history at all for the next deal
                    deal.StageHistory.Add(new StageChange { Stage = "Propose", EnteredOn = deal.StageHistory.FirstOrDefault()?.EnteredOn ?? deal.CreatedOn });
                    break;
                case 2:
                    deal.StageHistory = new List<StageChange>();
                    break;
                case 3: // close-date changes: null, not a push, a push after the close
                    deal.CloseDateChanges.Add(null!);
                    deal.CloseDateChanges.Add(new CloseDateChange { ChangedOn = deal.CreatedOn.AddDays(1), OldDate = Now, NewDate = Now.AddDays(-3) });
                    deal.CloseDateChanges.Add(new CloseDateChange { ChangedOn = Now, OldDate = Now, NewDate = Now.AddDays(9) });
                    break;
                case 4: // closed as it was created, and closed before it was created
                    deal.ActualCloseDate = deal.CreatedOn;
                    break;
                case 5:
                    deal.ActualCloseDate = deal.CreatedOn.AddDays(-2);
                    break;
                case 6: // no close date: the last modification stands for it
                    deal.ActualCloseDate = null;
                    break;
                default:
                    deal.ContactsEngaged = 4;
                    break;
            }
        }

        return org;
    }

    [Test]
    public void Build_MessyClosedDeals_Should_EqualTheFeaturesOfTheRewoundDealAtMidLife()
    {
        // Arrange
        var clean = new SnapshotSanitizer(Profile()).Clean(MessyOrg(), Now);
        var builder = new DealFactsBuilder(Profile());
        var compared = 0;

        for (var i = 0; i < clean.Opportunities.Count; i++)
        {
            var deal = clean.Opportunities[i];
            if (deal.IsOpen)
            {
                continue;
            }

            // Act
            var atClose = builder.Build(deal, clean.ActivitiesOf(i), Now);
            var actual = MidLifeFeatures.Build(builder, deal, clean.ActivitiesOf(i), atClose);

            // Assert
            var expected = DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(deal, clean.ActivitiesOf(i))!, atClose, Tier.NotTiered);
            Assert.That(Describe(actual), Is.EqualTo(Describe(expected)), "deal " + deal.Id);
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(100));
    }

    [Test]
    public void Score_MessyOrg_Should_LearnTheSameModelAsTheMidLifeViewOfTheWindowsClosedDeals()
    {
        // Arrange
        var org = MessyOrg();

        // Act
        var result = new ScoringEngine(Profile(), new FixedClock(Now)).Score(org);

        // Assert: the plain computation, deal by deal.
        var clean = new SnapshotSanitizer(Profile()).Clean(org, Now);
        var builder = new DealFactsBuilder(Profile());
        var windowStart = Now.AddDays(-Profile().Windows.OutcomeDays);
        var tiers = result.Scorecards.ToDictionary(c => c.RepId, c => c.Tier.Tier);
        var training = new List<DealFeatures>();
        for (var i = 0; i < clean.Opportunities.Count; i++)
        {
            var atClose = builder.Build(clean.Opportunities[i], clean.ActivitiesOf(i), Now);
            if (!clean.Opportunities[i].IsOpen && atClose.AsOf >= windowStart)
            {
                training.Add(DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(clean.Opportunities[i], clean.ActivitiesOf(i))!, atClose, tiers[atClose.Opportunity.OwnerId]));
            }
        }

        var plain = new DealModel(Profile());
        plain.Rebuild(training);
        plain.Calibrate(training);
        Assert.That(result.DealModel!.ToJson(), Is.EqualTo(plain.ToJson()));
    }

    [TestCase(10, 100, 150, 64)] // more contacts by mid-life than the facts' walk marks by index
    [TestCase(-20, 30, 12, 11)] // closing in the future: mid-life is after the facts' instant (now), so contacts are not shared
    public void BuildFromSlice_ManyContactsOrAFutureClose_Should_TrainOnTheFeaturesOfTheRewoundDealAtMidLife(double closedDaysAgo, double cycleDays, int contacts, int contactsBeyond)
    {
        // Arrange: two touches a day over the deal's life, contacts repeating in turn.
        var deal = ClosedDeal("d1", OpportunityStatus.Won, closedDaysAgo: closedDaysAgo, cycleDays: cycleDays);
        var touches = Enumerable.Range(0, (int)(cycleDays * 2))
            .Select(i => Touch("t" + i, "d1", closedDaysAgo + cycleDays - (i / 2.0), contact: "c" + (i % contacts).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var builder = new DealFactsBuilder(Profile());
        var training = new TrainingDeals(1);

        // Act
        var atClose = builder.BuildFromSlice(deal, new ArraySegment<Activity>(touches), Now, new StageSegmentStore(), DaysAgo(365), training);

        // Assert
        var expected = DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(deal, touches)!, atClose, Tier.NotTiered);
        Assert.That(training.Count, Is.EqualTo(1));
        Assert.That(Describe(training[0]), Is.EqualTo(Describe(expected)));
        Assert.That(expected.ContactsEngaged, Is.GreaterThan(contactsBeyond));
    }

    private static string Describe(DealFeatures f) =>
        string.Join("|", f.OpportunityId, f.Outcome, f.ClosedOn?.Ticks, f.StageName, f.StageOrder, f.DaysSinceTouch?.ToString("R"),
            f.ContactsEngaged, f.ClosePushes, f.Amount, f.OwnerTier);
}
