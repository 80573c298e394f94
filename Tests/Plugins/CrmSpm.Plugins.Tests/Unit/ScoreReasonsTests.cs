using CrmSpm.Core.Deals;
using CrmSpm.Plugins.Deals;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class ScoreReasonsTests : PluginTestBase
{
    [Test]
    public void Stored_NotEnoughSignal_Should_BeOneNoteSayingWhy()
    {
        // Arrange: the model's check found no signal; 5 won of 16 closed = 31.25 %, shown as 31 %.
        var score = new DealScore { Probability = 0.31, Signal = DealModelSignal.NotEnoughSignal, TeamWinRate = 5 / 16.0, ClosedDeals = 16 };

        // Act
        var reasons = ScoreReasons.Stored(score);

        // Assert: one entry that neither raises nor lowers the score.
        Assert.That(reasons.Select(r => (r.Feature, r.Text, r.Impact)),
            Is.EqualTo(new[] { ("note", "Not enough signal yet: the team wins 31 % of its 16 closed deals.", 0.0) }));
    }

    [Test]
    public void Stored_NotEnoughSignalBeforeAnyClose_Should_SaySoWithoutARate()
    {
        // Arrange
        var score = new DealScore { Probability = 0.25, Signal = DealModelSignal.NotEnoughSignal, TeamWinRate = null, ClosedDeals = 0 };

        // Act
        var reasons = ScoreReasons.Stored(score);

        // Assert
        Assert.That(reasons.Select(r => r.Text), Is.EqualTo(new[] { "Not enough signal yet: no closed deals." }));
    }

    [Test]
    public void Stored_ModelWithSignalOrUnchecked_Should_KeepTheReasonsAsTheyAre()
    {
        // Arrange: reasons strongest first, positives before negatives; an unchecked model without reasons has no note.
        var helps = new DealReason { Feature = "stage", Text = "At Propose", Impact = 0.12 };
        var hurts = new DealReason { Feature = "touch", Text = "Not touched in 20 days", Impact = -0.08 };
        var withSignal = new DealScore { Signal = DealModelSignal.Signal, PositiveReasons = new[] { helps }, NegativeReasons = new[] { hurts } };
        var neverChecked = new DealScore { Signal = DealModelSignal.Unchecked };

        // Act
        var stored = ScoreReasons.Stored(withSignal);
        var none = ScoreReasons.Stored(neverChecked);

        // Assert
        Assert.That(stored, Is.EqualTo(new[] { helps, hurts }));
        Assert.That(none, Is.Empty);
    }
}
