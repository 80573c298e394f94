using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>crmspm_dealscorehistory: appended only when the score changes, bounded by count and by its column's length.</summary>
public sealed class DealScoreHistoryTests : PluginTestBase
{
    private static readonly DateTime Monday = new(2026, 11, 16, 9, 30, 0, DateTimeKind.Utc);

    [Test]
    public void Append_ToNoHistory_Should_StartItWithTheScoreAndItsTime()
    {
        // Act
        var json = DealScoreHistory.Append(null, 62, Monday);

        // Assert
        Assert.That(json, Is.EqualTo("[{\"on\":\"2026-11-16T09:30:00Z\",\"score\":62}]"));
    }

    [Test]
    public void Append_SameScoreAsTheLastKept_Should_WriteNothing()
    {
        // Arrange
        var history = "[{\"on\":\"2026-11-09T09:30:00Z\",\"score\":55},{\"on\":\"2026-11-12T09:30:00Z\",\"score\":62}]";

        // Act / Assert: null means no change to write.
        Assert.That(DealScoreHistory.Append(history, 62, Monday), Is.Null);
    }

    [Test]
    public void Append_ToAFullHistory_Should_DropTheOldestAndKeepTwelve()
    {
        // Arrange: twelve scores 10..21 on consecutive days.
        var entries = Enumerable.Range(0, 12).Select(i => $"{{\"on\":\"2026-11-{i + 1:00}T00:00:00Z\",\"score\":{10 + i}}}");
        var history = "[" + string.Join(",", entries) + "]";

        // Act
        var json = DealScoreHistory.Append(history, 99, Monday)!;

        // Assert: 11..21 then 99; the first (score 10, Nov 1) is gone.
        Assert.That(json, Does.StartWith("[{\"on\":\"2026-11-02T00:00:00Z\",\"score\":11}"));
        Assert.That(json, Does.EndWith("{\"on\":\"2026-11-16T09:30:00Z\",\"score\":99}]"));
        Assert.That(json.Split("\"score\"").Length - 1, Is.EqualTo(DealScoreHistory.MaxEntries));
        Assert.That(json.Length, Is.LessThanOrEqualTo(OpportunityColumns.DealScoreHistoryMaxLength));
    }

    [Test]
    public void Append_ToUnreadableHistory_Should_StartAgain()
    {
        // Act: a hand-edited value that is not our JSON.
        var json = DealScoreHistory.Append("not json", 40, Monday);

        // Assert
        Assert.That(json, Is.EqualTo("[{\"on\":\"2026-11-16T09:30:00Z\",\"score\":40}]"));
    }

    [Test]
    public void Update_ScoreChanged_Should_AppendToTheDealsHistory()
    {
        // Arrange: the deal held 55 since Nov 9; an empty model scores the profile's default win rate, 25.
        var row = Deal(stage: "Develop", nextStep: "Call the buyer");
        row[OpportunityColumns.DealScore] = 55;
        row[OpportunityColumns.DealScoreHistory] = "[{\"on\":\"2026-11-09T09:30:00Z\",\"score\":55}]";
        SystemService.Answer(OpportunityColumns.EntityName, row);
        var target = new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = "Develop" };

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId, target, preImage: Deal(stage: "Qualify"));

        // Assert: 55 then 25 at the clock's time, beside the previous score.
        var deal = SystemService.Updates.First(u => u.LogicalName == OpportunityColumns.EntityName);
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.PreviousDealScore), Is.EqualTo(55));
        Assert.That(deal.GetAttributeValue<string>(OpportunityColumns.DealScoreHistory), Is.EqualTo(
            "[{\"on\":\"2026-11-09T09:30:00Z\",\"score\":55},{\"on\":\"2026-11-20T10:00:00Z\",\"score\":25}]"));
    }
}
