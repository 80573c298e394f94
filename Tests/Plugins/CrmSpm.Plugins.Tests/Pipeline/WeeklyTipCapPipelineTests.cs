using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// The weekly tip cap across a rep's deals (docs/plugins.md, "Weekly tip cap"): the recompute counts the team it
/// loaded, a save counts the rep's other deals in one query. The rep has 12 deals at Develop without a next step, so
/// each needs the missing-next-step tip (Medium), worth 2 × its amount (TipValue): 10,000 to 120,000. The other rep's
/// deal with a next step shows the team captures next steps (so the tip is supported, SignalsPipelineTests).
/// </summary>
public sealed class WeeklyTipCapPipelineTests : PluginTestBase
{
    private static readonly int Cap = ScoringProfile.Default.Windows.TipsPerRepPerWeek;

    [Test]
    public void Recompute_RepWithMoreDealsNeedingTipsThanTheCap_Should_RaiseTheCapsWorthOfTheMostValuable()
    {
        // Arrange
        var org = CreateOrg();
        var deals = SeedDeals(org, org.Rep, 12);
        var otherRepsDeal = SeedDeals(org, org.OtherRep, 1).Single();
        SeedDeals(org, org.OtherRep, 1, "Demo on Tuesday");

        // Act
        RecomputeLoop.Run(org.AsSystem);

        // Assert: the 10 largest deals got their tip, the two smallest (10,000 and 20,000) wait; the other rep's cap is their own.
        Assert.That(Cap, Is.EqualTo(10));
        Assert.That(AmountsWithATip(org, deals), Is.EqualTo(new[] { 30_000m, 40_000m, 50_000m, 60_000m, 70_000m, 80_000m, 90_000m, 100_000m, 110_000m, 120_000m }));
        Assert.That(deals.Sum(d => OpenTips(org, d.Id).Count), Is.EqualTo(Cap));
        Assert.That(OpenTips(org, otherRepsDeal.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public void Recompute_ResumedAfterEveryDeal_Should_StillRaiseTheCapsWorthOfTheMostValuable()
    {
        // Arrange: each execution writes one unit, so every deal is written by an execution that reloaded the team.
        var org = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        var deals = SeedDeals(org, org.Rep, 12);
        SeedDeals(org, org.OtherRep, 1, "Demo on Tuesday");

        // Act
        var executions = RecomputeLoop.Run(org.AsSystem).Count;

        // Assert
        Assert.That(executions, Is.GreaterThan(12));
        Assert.That(AmountsWithATip(org, deals), Is.EqualTo(new[] { 30_000m, 40_000m, 50_000m, 60_000m, 70_000m, 80_000m, 90_000m, 100_000m, 110_000m, 120_000m }));
        Assert.That(deals.Sum(d => OpenTips(org, d.Id).Count), Is.EqualTo(Cap));
    }

    [Test]
    public void Save_DayAfterTheRecomputeFilledTheCap_Should_RaiseNothingUntilTheWeekIsOver()
    {
        // Arrange: the recompute showed the rep 10 tips today; the two smallest deals wait. An active profile, so the
        // recompute links it to the team's model row and a save reads everything in one query (a round trip to spare).
        var org = CreateOrg();
        SeedProfileOnly(org);
        var smallest = SeedDeals(org, org.Rep, 12).OrderBy(d => d.Amount).First();
        SeedDeals(org, org.OtherRep, 1, "Demo on Tuesday");
        RecomputeLoop.Run(org.AsSystem);

        // Act: the next day the rep edits the smallest deal, still without a next step; 8 days after the recompute again.
        org.Time.Advance(TimeSpan.FromDays(1));
        org.Org.ClearTraces();
        Edit(org, smallest.Id, 11_000m);
        var nextDay = OpenTips(org, smallest.Id).Count;
        var trace = string.Join("\n", org.Org.Traces.Select(t => t.Text));
        org.Time.Advance(TimeSpan.FromDays(7));
        Edit(org, smallest.Id, 12_000m);

        // Assert: deferred for the weekly cap (traced); once the recompute's tips are 8 days old, raised.
        Assert.That(nextDay, Is.Zero, trace);
        Assert.That(trace, Does.Contain("missing-next-step|opportunity|" + smallest.Id + ": " + DeferralReasons.WeeklyCap));
        Assert.That(OpenTips(org, smallest.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public void Save_RepBelowTheCap_Should_CountTheirOtherDealsInOneQuery()
    {
        // Arrange: 3 tips shown by the recompute; a new deal the next day needs one.
        var org = CreateOrg();
        SeedProfileOnly(org);
        SeedDeals(org, org.Rep, 3);
        SeedDeals(org, org.OtherRep, 1, "Demo on Tuesday");
        RecomputeLoop.Run(org.AsSystem);
        org.Time.Advance(TimeSpan.FromDays(1));
        var dealId = Guid.Empty;

        // Act
        var counted = org.Org.Counters.Measure(() => dealId = org.AsRep.Create(NewDeal(org)));

        // Assert: the deal's read, the count of the rep's other deals, the deal's update, the tip: 4 calls (the create excluded).
        Assert.That(OpenTips(org, dealId), Has.Count.EqualTo(1));
        Assert.That(counted.Calls - 1, Is.EqualTo(4));
    }

    private static decimal[] AmountsWithATip(TestOrg org, IEnumerable<(Guid Id, decimal Amount)> deals) =>
        deals.Where(d => OpenTips(org, d.Id).Count > 0).Select(d => d.Amount).OrderBy(a => a).ToArray();

    private static void Edit(TestOrg org, Guid dealId, decimal amount) =>
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(amount) });

    /// <summary>
    /// Open deals seeded straight into the table (no step ran): amounts 10,000 to <paramref name="count"/> × 10,000, in
    /// an order unrelated to their ids (5 × i mod 12), so neither id order nor its reverse is value order.
    /// </summary>
    private static List<(Guid Id, decimal Amount)> SeedDeals(TestOrg org, Guid owner, int count, string? nextStep = null) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var amount = (count == 12 ? (5 * i) % 12 + 1 : i) * 10_000m;
            var id = org.Org.Seed(new Entity(OpportunityColumns.EntityName)
            {
                [OpportunityColumns.Name] = "Deal " + i,
                [OpportunityColumns.StepName] = "Develop",
                [OpportunityColumns.EstimatedValue] = new Money(amount),
                [OpportunityColumns.EstimatedValueBase] = new Money(amount),
                [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(30),
                [OpportunityColumns.ParentAccountId] = new EntityReference(AccountColumns.EntityName, org.Account),
                [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner),
                [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, org.Team),
                [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
                [OpportunityColumns.CreatedOn] = Now.AddDays(-3),
                [OpportunityColumns.NextStep] = nextStep,
            });
            return (id, amount);
        }).ToList();
}
