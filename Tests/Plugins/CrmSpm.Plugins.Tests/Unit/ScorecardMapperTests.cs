using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class ScorecardMapperTests : PluginTestBase
{
    private static RepScorecard Card() => new()
    {
        RepId = RepId.ToString(),
        RepName = "Rita Rep",
        Period = "2026-11",
        Tier = new TierAssignment { Tier = Tier.B, Rank = 2, Explanation = "Tier B, rank 2 of 4 across the org: win rate 30 % against an org median of 40 % (no quota in the window)." },
    };

    [Test]
    public void ToRow_RepInTheQueue_Should_StoreCoresRankGainAndCoachingSentences()
    {
        // Arrange: Core ranked the rep second, with its wording.
        var entry = new CoachingQueueEntry
        {
            RepId = RepId.ToString(), Rank = 2, ExpectedGain = 4200m,
            GainText = "≈ USD 4,200 more won revenue over the next 91 days if the win rate rises from 18 % to 21 % (top performers: 31 %)",
            CoachText = "Days between touches at Propose: 16 days · top performers: 4 days",
        };

        // Act
        var row = ScorecardMapper.ToRow(Card(), RepId, entry, null);

        // Assert
        Assert.That(row.GetAttributeValue<int?>(ScorecardColumns.QueueRank), Is.EqualTo(2));
        Assert.That(row.GetAttributeValue<Microsoft.Xrm.Sdk.Money>(ScorecardColumns.RevenueGain).Value, Is.EqualTo(4200m));
        Assert.That(row.GetAttributeValue<string>(ScorecardColumns.LargestGap), Is.EqualTo(entry.CoachText));
        var details = JsonColumn.Read<ScorecardDetails>(row.GetAttributeValue<string>(ScorecardColumns.Details))!;
        Assert.That(details.Tier, Is.EqualTo(Card().Tier.Explanation));
        Assert.That((details.Queue!.Gain, details.Queue.Coach), Is.EqualTo((entry.GainText, entry.CoachText)));
    }

    [Test]
    public void ToRow_RepOutsideTheQueue_Should_ClearTheRankGainAndGap()
    {
        // Act: a rep who left the queue; the stored rank must not linger.
        var row = ScorecardMapper.ToRow(Card(), RepId, null, null);

        // Assert: the columns are present with null, so an update empties them.
        Assert.That(row.Contains(ScorecardColumns.QueueRank) && row[ScorecardColumns.QueueRank] == null, Is.True);
        Assert.That(row.Contains(ScorecardColumns.RevenueGain) && row[ScorecardColumns.RevenueGain] == null, Is.True);
        Assert.That(row.Contains(ScorecardColumns.LargestGap) && row[ScorecardColumns.LargestGap] == null, Is.True);
        Assert.That(JsonColumn.Read<ScorecardDetails>(row.GetAttributeValue<string>(ScorecardColumns.Details))!.Queue, Is.Null);
    }

    [Test]
    public void ToRow_CoachTextLongerThanTheColumn_Should_BeCutToItsLength()
    {
        // Arrange: crmspm_largestgap holds 200 characters (docs/data-model.md).
        var entry = new CoachingQueueEntry { Rank = 1, CoachText = new string('x', 250) };

        // Act
        var gap = ScorecardMapper.ToRow(Card(), RepId, entry, null).GetAttributeValue<string>(ScorecardColumns.LargestGap);

        // Assert
        Assert.That(gap.Length, Is.LessThanOrEqualTo(ScorecardColumns.LargestGapMaxLength));
    }
}
