using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.State;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Tests.Mapping;

/// <summary>When a scorecard computed now replaces the one written earlier (<see cref="ScorecardStamp.Replaces"/>).</summary>
public sealed class ScorecardComparisonTests : SalesforceTestBase
{
    private const string SameRows = "rows-1";
    private const string ChangedRows = "rows-2";

    private static ScorecardStamp Stamp(double adoption, double behaviour, double winRate, string details, string inputs = SameRows) =>
        ScorecardRecordBuilder.Stamp(new JsonObject
        {
            [F.Scorecard.AdoptionScore] = adoption,
            [F.Scorecard.BehaviourScore] = behaviour,
            [F.Scorecard.AdoptionTrend] = null,
            [F.Scorecard.WinRate] = winRate,
            [F.Scorecard.Tier] = "B",
            [F.Scorecard.Details] = details,
        }, inputs);

    [Test]
    public void Replaces_OnlyTheClockMovedTheScoresByLessThanAPoint_Should_BeFalse()
    {
        // Same rows; ten minutes later an activity aged out of the 28-day window: adoption 77.63 → 77.43 (it reads 78
        // then 77, so comparing rounded points would rewrite it), behaviour 80.20 → 79.96, the details' durations move.
        var written = Stamp(77.63, 80.20, 0.3125, "{\"evidence\":\"0.01 days\"}");
        var later = Stamp(77.43, 79.96, 0.3125, "{\"evidence\":\"0.02 days\"}");

        Assert.That(later.Replaces(written), Is.False);
    }

    [Test]
    public void Replaces_TheClockMovedAScoreAWholePoint_Should_BeTrue()
    {
        var written = Stamp(77.63, 80.20, 0.3125, "{}");

        // 77.63 → 76.63 is exactly one point, the tolerance.
        Assert.That(Stamp(76.63, 80.20, 0.3125, "{}").Replaces(written), Is.True);
    }

    [Test]
    public void Replaces_ARateOrTheTierChanged_Should_BeTrue_EvenWithTheSameRows()
    {
        var written = Stamp(77.63, 80.20, 0.3125, "{}");

        // A win rate of 31.25 % → 33.33 % is a deal that left the window or closed: always shown.
        Assert.That(Stamp(77.63, 80.20, 0.3333, "{}").Replaces(written), Is.True);
    }

    [Test]
    public void Replaces_TheRepsRowsChangedAndAScoreMovedAHundredth_Should_BeTrue()
    {
        var written = Stamp(77.63, 80.20, 0.3125, "{}");

        Assert.Multiple(() =>
        {
            Assert.That(Stamp(77.62, 80.20, 0.3125, "{}", ChangedRows).Replaces(written), Is.True);
            // Changed rows that leave every written value as it was (an account renamed) need no write.
            Assert.That(Stamp(77.63, 80.20, 0.3125, "{\"other\":1}", ChangedRows).Replaces(written), Is.False);
        });
    }

    [Test]
    public void Replaces_AScoreThatBecameNotScored_Should_BeTrue()
    {
        var written = Stamp(77.63, 80.20, 0.3125, "{}");
        var notScored = ScorecardRecordBuilder.Stamp(new JsonObject
        {
            [F.Scorecard.AdoptionScore] = null,
            [F.Scorecard.BehaviourScore] = 80.20,
            [F.Scorecard.AdoptionTrend] = null,
            [F.Scorecard.WinRate] = 0.3125,
            [F.Scorecard.Tier] = "B",
        }, SameRows);

        Assert.That(notScored.Replaces(written), Is.True);
    }

    [Test]
    public void Stamp_RoundTripsThroughTheStateJson_AndAnOlderPlainFingerprintIsReplacedOnce()
    {
        var stamp = Stamp(77.63, 80.20, 0.3125, "{}");
        var state = new SyncState();
        state.Scorecards["005A|2026-11"] = stamp;

        var json = JsonSerializer.Serialize(state, SyncStateJson.Options);
        var back = JsonSerializer.Deserialize<SyncState>(json, SyncStateJson.Options)!.Scorecards["005A|2026-11"];
        var legacy = JsonSerializer.Deserialize<SyncState>("""{"version":1,"scorecards":{"005A|2026-11":"0A1B2C3D4E5F"}}""", SyncStateJson.Options)!;

        Assert.Multiple(() =>
        {
            Assert.That(stamp.Replaces(back), Is.False);
            Assert.That(back.Scores, Is.EquivalentTo(stamp.Scores));
            Assert.That(stamp.Replaces(legacy.Scorecards["005A|2026-11"]), Is.True);
        });
    }
}
