using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// The recompute stores the team's deal model with its held-out check (signal, evidence weight), so a deal rescored by
/// a save step between recomputes gets the score Core's engine gives it.
/// </summary>
public sealed class ModelPersistencePipelineTests : PluginTestBase
{
    [Test]
    public void SaveStep_AfterRecompute_Should_GiveTheScoreCoreGivesTheSameDeal()
    {
        // Arrange: 60 deals closed by the rep; large deals won 4 times in 5, small ones 2 times in 5 (the signal), one open deal of each size.
        var org = CreateOrg();
        for (var i = 0; i < 60; i++)
        {
            var large = i % 2 == 0;
            var won = large ? i % 10 != 0 : i % 10 == 1 || i % 10 == 5;
            SeedClosedDeal(org, won ? OpportunityState.Won : OpportunityState.Lost, large ? 400_000m : 2_000m, daysAgo: 1 + i);
        }

        var largeOpen = org.AsRep.Create(WithAmount(NewDeal(org), 400_000m));
        var smallOpen = org.AsRep.Create(WithAmount(NewDeal(org), 2_000m));
        RecomputeLoop.Run(org.AsSystem);

        // Act: the rep edits each deal's next step (not a model feature): the save step rescores it from the stored model.
        var afterRecompute = new[] { ScoreOf(org, largeOpen), ScoreOf(org, smallOpen) };
        foreach (var id in new[] { largeOpen, smallOpen })
        {
            org.AsRep.Update(new Entity(OpportunityColumns.EntityName, id) { [OpportunityColumns.NextStep] = "Call the sponsor" });
        }

        // Assert: Core's engine over the same rows gives the same whole-point scores, and the stored check found signal.
        var core = CoreScores(org);
        var state = StoredModel(org);
        Assert.That(state.Signal, Is.EqualTo(DealModelSignal.Signal));
        Assert.That(state.EvidenceWeight, Is.GreaterThan(0));
        Assert.That(state.HeldOutBrier, Is.LessThan(state.BaseRateBrier));
        Assert.That(state.CheckedDeals, Is.EqualTo(60));
        Assert.That(new[] { ScoreOf(org, largeOpen), ScoreOf(org, smallOpen) }, Is.EqualTo(new[] { core[largeOpen], core[smallOpen] }));
        Assert.That(afterRecompute, Is.EqualTo(new[] { core[largeOpen], core[smallOpen] }));
        Assert.That(core[largeOpen]!.Value, Is.GreaterThan(core[smallOpen]!.Value));
        var withoutVerdict = DealModel.FromState(WithSignal(state, DealModelSignal.NotEnoughSignal), ScoringProfile.Default);
        var largeFeatures = new DealFeatures { OpportunityId = "x", StageOrder = 2, Amount = 400_000m };
        Assert.That(core[largeOpen], Is.Not.EqualTo(withoutVerdict.Score(largeFeatures).Score), "the stored verdict, not the prior, scores the deal");
    }

    [Test]
    public void Recompute_ModelWithoutSignal_Should_StoreTheNoteAsTheDealsReason()
    {
        // Arrange: 20 closed deals alike in every feature (same stage, amount, no touches), won and lost in turn:
        // nothing tells won from lost, so the held-out check cannot beat the base rate (docs/scoring.md §6).
        var org = CreateOrg();
        for (var i = 0; i < 20; i++)
        {
            SeedClosedDeal(org, i % 2 == 0 ? OpportunityState.Won : OpportunityState.Lost, 50_000m, daysAgo: 1 + i);
        }

        var open = org.AsRep.Create(WithAmount(NewDeal(org, nextStep: "Demo"), 50_000m));

        // Act
        RecomputeLoop.Run(org.AsSystem);

        // Assert: 10 won of 20 closed = 50 %; the stored reasons say so instead of an empty list.
        Assert.That(StoredModel(org).Signal, Is.EqualTo(DealModelSignal.NotEnoughSignal));
        var reasons = org.AsSystem.Retrieve(OpportunityColumns.EntityName, open, new ColumnSet(OpportunityColumns.DealScoreReasons))
            .GetAttributeValue<string>(OpportunityColumns.DealScoreReasons);
        Assert.That(reasons, Is.EqualTo("[{\"feature\":\"note\",\"text\":\"Not enough signal yet: the team wins 50 % of its 20 closed deals.\",\"impact\":0}]"));
    }

    [Test]
    public void StoredModel_LargestTeam_Should_FitTheStateColumn()
    {
        // Arrange: a team with 100,000 closed deals covering every stage, touch band, contact band, push band, amount band and tier.
        var model = new DealModel(ScoringProfile.Default);
        var random = new Random(7);
        var deals = Enumerable.Range(0, 100_000).Select(i => new DealFeatures
        {
            OpportunityId = "deal-" + i,
            Outcome = random.Next(3) == 0 ? OpportunityStatus.Won : OpportunityStatus.Lost,
            ClosedOn = Now.AddMinutes(-i),
            StageOrder = 1 + random.Next(6),
            DaysSinceTouch = random.Next(5) == 0 ? null : random.Next(40),
            ContactsEngaged = random.Next(6),
            ClosePushes = random.Next(4),
            Amount = (decimal)Math.Pow(10, random.Next(1, 8)),
            OwnerTier = (CrmSpm.Core.Scoring.Tiers.Tier)random.Next(4),
        }).ToList();

        // Act
        model.Rebuild(deals);
        model.Calibrate(deals);
        var json = model.ToJson();

        // Assert: the state holds counts per feature value, so its size does not grow with the team.
        Assert.That(json.Length, Is.LessThanOrEqualTo(ModelStateColumns.StateJsonMaxLength));
        Assert.That(json.Length, Is.LessThan(10_000));
        Assert.That(DealModel.FromJson(json, ScoringProfile.Default).ToJson(), Is.EqualTo(json));
    }

    private static DealModelState WithSignal(DealModelState state, DealModelSignal signal)
    {
        var copy = CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(CrmSpm.Core.Serialization.ContractJson.Serialize(state));
        copy.Signal = signal;
        return copy;
    }

    private static int? ScoreOf(TestOrg org, Guid id) =>
        org.AsSystem.Retrieve(OpportunityColumns.EntityName, id, new ColumnSet(OpportunityColumns.DealScore)).GetAttributeValue<int?>(OpportunityColumns.DealScore);

    private static DealModelState StoredModel(TestOrg org) => CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(
        org.AsSystem.RetrieveMultiple(new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(ModelStateColumns.StateJson, ModelStateColumns.TeamKey) })
            .Entities.Single(r => r.GetAttributeValue<string>(ModelStateColumns.TeamKey) == org.Team.ToString()).GetAttributeValue<string>(ModelStateColumns.StateJson));

    /// <summary>Core's engine over the org's opportunity rows (one rep owns them all, so the owner's tier is A either way).</summary>
    private static Dictionary<Guid, int?> CoreScores(TestOrg org)
    {
        var stages = new StageCatalogue(ScoringProfile.Default.Stages);
        var rows = org.AsSystem.RetrieveMultiple(new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.ScoringInputs) }).Entities;
        var user = org.AsSystem.Retrieve(SystemUserColumns.EntityName, org.Rep, new ColumnSet(SystemUserColumns.CreatedOn));
        var snapshot = new OrgSnapshot
        {
            Reps = new List<Rep> { new Rep { Id = org.Rep.ToString(), Name = "Riley Rep", TeamId = org.Team.ToString(), StartDate = user.GetAttributeValue<DateTime>(SystemUserColumns.CreatedOn) } },
            Opportunities = rows.Select(r => OpportunityMapper.ToCore(r, stages)).ToList(),
            Activities = new List<Activity>(),
        };
        var result = new ScoringEngine(ScoringProfile.Default, new FixedClock(Now)).Score(snapshot);
        return result.DealScores.ToDictionary(s => Guid.Parse(s.OpportunityId), s => (int?)s.Score);
    }

    private static Entity WithAmount(Entity deal, decimal amount)
    {
        deal[OpportunityColumns.EstimatedValue] = new Money(amount);
        return deal;
    }

    private static void SeedClosedDeal(TestOrg org, int state, decimal amount, int daysAgo) => org.Org.Seed(new Entity(OpportunityColumns.EntityName)
    {
        [OpportunityColumns.Name] = "History " + daysAgo,
        [OpportunityColumns.StepName] = "Propose",
        [OpportunityColumns.EstimatedValueBase] = new Money(amount),
        [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
        [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, org.Team),
        [OpportunityColumns.StateCode] = new OptionSetValue(state),
        [OpportunityColumns.CreatedOn] = Now.AddDays(-daysAgo - 30),
        [OpportunityColumns.ActualCloseDate] = Now.AddDays(-daysAgo),
    });
}
