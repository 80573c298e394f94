using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Core.Serialization;

namespace CrmSpm.Core.Tests.Coaching;

public class TipKeysTests : CoreTestBase
{
    [Test]
    public void Keys_Should_FollowTheDocumentedFormats()
    {
        Assert.That(TipKeys.ForDeal(RuleIds.StaleDeal, "42"), Is.EqualTo("stale-deal|opportunity|42"));
        Assert.That(TipKeys.ForRep(RuleIds.LowAdoption, "7", "2026-11"), Is.EqualTo("low-adoption|rep|7|2026-11"));
    }

    [Test]
    public void RuleIds_Should_MatchTheCatalogueAndTheProfile()
    {
        // Every id has a definition and an implementation, and the default profile configures all of them.
        var implemented = CoachingRuleCatalogue.DealRules.Select(r => r.Id).Concat(CoachingRuleCatalogue.RepRules.Select(r => r.Id));
        Assert.That(implemented, Is.EquivalentTo(RuleIds.All));
        Assert.That(RuleDefinitions.All.Select(d => d.Id), Is.EqualTo(RuleIds.All));
        Assert.That(Profile().Rules.Select(r => r.Id), Is.EqualTo(RuleIds.All));
    }

    [Test]
    public void TipShowState_Json_Should_RoundTrip()
    {
        // Arrange
        var state = new TipShowState { Key = "stale-deal|opportunity|1", ShowCount = 2, LastShownOn = Now, IsOpen = true };

        // Act
        var json = ContractJson.Serialize(state);
        var copy = ContractJson.Deserialize<TipShowState>(json);

        // Assert
        Assert.That(json, Does.Contain("\"lastShownOn\":\"2026-11-15T12:00:00Z\""));
        Assert.That(copy.ShowCount, Is.EqualTo(2));
        Assert.That(copy.LastShownOn, Is.EqualTo(Now));
        Assert.That(copy.LastShownOn!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
    }
}
