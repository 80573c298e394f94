using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>The org standing as the org-level model-state row stores it: exact, and never cut.</summary>
public sealed class StandingDocumentTests
{
    [Test]
    public void Read_WhatWriteWrote_Should_GiveBackEveryTierBenchmarkAndQueueEntryExactly()
    {
        // Arrange: numbers that need every digit (a third, a tenth), nulls, a not-tiered rep, a gap and no gap, both target bases.
        var standing = Standing();

        // Act
        var read = StandingDocument.Read(StandingDocument.Write(standing, 1_000_000));

        // Assert: field by field, as JSON of Core's own objects.
        Assert.That(read, Is.Not.Null);
        Assert.That(Json(read!.Tiers.OrderBy(t => t.Key)), Is.EqualTo(Json(standing.Tiers.OrderBy(t => t.Key))));
        Assert.That(read.Benchmarks.ToJson(), Is.EqualTo(standing.Benchmarks.ToJson()));
        Assert.That(Json(read.Queue), Is.EqualTo(Json(standing.Queue)));
        Assert.That(read.TierOf("rep-b").Explanation, Is.EqualTo(standing.TierOf("rep-b").Explanation));
    }

    [Test]
    public void Write_StandingLongerThanTheColumn_Should_RefuseRatherThanCut()
    {
        // Arrange
        var standing = Standing();
        var length = StandingDocument.Write(standing, 1_000_000).Length;

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => StandingDocument.Write(standing, length - 1));

        // Assert
        Assert.That(error!.Message, Does.Contain("org standing of 3 reps takes " + length + " characters, more than the " + (length - 1)));
        Assert.That(StandingDocument.Write(standing, length), Has.Length.EqualTo(length));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("{\"tiers\":")]
    [TestCase("[1,2,3]")]
    public void Read_TextThatIsNoStanding_Should_GiveNull(string? json)
    {
        // Arrange / Act / Assert
        Assert.That(StandingDocument.Read(json), Is.Null);
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static OrgStanding Standing()
    {
        var tiers = new Dictionary<string, TierAssignment>(StringComparer.Ordinal)
        {
            ["rep-a"] = new() { RepId = "rep-a", Tier = Tier.A, WinRate = 1.0 / 3, WindowAttainment = 2.47, TenureMonths = 14.5, OutcomeIndex = 0.1, TenureFactor = 1, TerritoryFactor = 0.7071067811865476, NormalisedIndex = 0.1 / 0.7071067811865476, Rank = 1, Explanation = "Tier A, rank 1 of 2 across the org: \"quoted\" ✓." },
            ["rep-b"] = new() { RepId = "rep-b", Tier = Tier.B, WinRate = 0.2, OutcomeIndex = 0.05, TenureFactor = 0.75, NormalisedIndex = 0.05 / 0.75, Rank = 2, Explanation = "Tier B, rank 2 of 2 across the org." },
            ["rep-c"] = new() { RepId = "rep-c", Explanation = "Not tiered: no closed deal in the window." },
        };
        var benchmarks = new TeamBenchmarks
        {
            Period = "2026-11",
            ATierWinRate = 1.0 / 3,
            Behaviours = { new Practice { BehaviourKey = "touch-gap", Label = "Days between touches", Unit = "days", ABenchmark = 4.25, BValue = 16, EffectSize = -1.5, OutcomeWeight = 0.3, IsPractice = true, PValue = 0.01, ARepCount = 1, BRepCount = 1, Evidence = "A 4 · B 16" } },
        };
        var queue = new List<CoachingQueueEntry>
        {
            new() { RepId = "rep-b", RepName = "Bo", ManagerId = "mgr", Rank = 1, OpenPipeline = 120_000.50m, HorizonPipeline = 80_000m, WinRate = 0.2, TargetWinRate = 1.0 / 3, WinRateLift = 0.1, ExpectedGain = 8_000.05m,
                LargestGap = new BehaviourGap { BehaviourKey = "touch-gap", Label = "Days between touches", Unit = "days", RepValue = 16, Benchmark = 4.25, Size = 0.21 }, GainText = "€8,000 in 90 days", CoachText = "Touch deals every 4 days (you: 16)" },
            new() { RepId = "rep-c", RepName = "Cy", Rank = 2, WinRate = 0.1, TargetWinRate = 1.0 / 3, TargetBasis = QueueTargetBasis.OrgMedian, GainText = "", CoachText = "" },
        };
        return new OrgStanding(tiers, benchmarks, queue);
    }
}
