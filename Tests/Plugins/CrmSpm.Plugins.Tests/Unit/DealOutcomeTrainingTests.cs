using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Outcomes;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// What the team's model learns from a close: the deal at mid-life (halfway from creation to close), as Core's full
/// scoring and its evaluation train, not the deal at its close (a won deal always closes at the last stage).
/// </summary>
public sealed class DealOutcomeTrainingTests : PluginTestBase
{
    [Test]
    public void TrainingFeatures_WonDeal_Should_BeItsMidLifeFeatures_NotItsCloseTimeOnes()
    {
        // Arrange: created 40 days ago, at Qualify until 10 days ago, then Propose; touched 30 days ago and
        // yesterday; won now. Mid-life is 20 days ago: at Qualify (order 1), last touched 10 days before.
        var row = ClosedDeal(OpportunityState.Won, stageHistory: new[] { ("Qualify", -40), ("Propose", -10) }, touchDaysAgo: new[] { 30, 1 });

        // Act
        var features = DealOutcomeService.TrainingFeatures(row, ScoringProfile.Default, Tier.A, Now);

        // Assert: at close it would be Propose (order 3), touched 1 day before.
        Assert.That((features.StageName, features.StageOrder, features.DaysSinceTouch), Is.EqualTo(("Qualify", 1, (double?)10)));
        Assert.That((features.Outcome, features.ClosedOn, features.OwnerTier, features.OpportunityId),
            Is.EqualTo((OpportunityStatus.Won, (DateTime?)Now, Tier.A, DealId.ToString())));
    }

    [Test]
    public void TrainingFeatures_DealClosedTheMomentItWasCreated_Should_FallBackToItsCloseTimeFeatures()
    {
        // Arrange: created and lost at the same instant, so its mid-life is its close.
        var row = ClosedDeal(OpportunityState.Lost, stageHistory: new[] { ("Develop", 0) }, touchDaysAgo: Array.Empty<int>(), createdDaysAgo: 0);

        // Act
        var features = DealOutcomeService.TrainingFeatures(row, ScoringProfile.Default, Tier.B, Now);

        // Assert
        Assert.That((features.StageName, features.StageOrder, features.DaysSinceTouch, features.Outcome),
            Is.EqualTo(("Develop", 2, (double?)null, OpportunityStatus.Lost)));
    }

    private static Entity ClosedDeal(int state, (string Stage, int Day)[] stageHistory, int[] touchDaysAgo, int createdDaysAgo = 40)
    {
        var row = Deal(stage: stageHistory[^1].Stage, createdDaysAgo: createdDaysAgo);
        row[OpportunityColumns.StateCode] = new OptionSetValue(state);
        row[OpportunityColumns.ActualCloseDate] = Now;
        row[OpportunityColumns.StageHistory] = JsonColumn.Write(stageHistory
            .Select(s => new StageEntry { Stage = s.Stage, EnteredOn = IsoDate.Write(Now.AddDays(s.Day)) }).ToList());
        row[OpportunityColumns.TouchLog] = TouchLog.FromTouches(touchDaysAgo
            .Select(days => TouchLog.Entry(Guid.NewGuid(), Now.AddDays(-days), ActivityKind.Call, null))).ToJson();
        return row;
    }
}
