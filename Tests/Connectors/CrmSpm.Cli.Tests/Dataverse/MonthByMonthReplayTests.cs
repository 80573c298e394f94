extern alias plugins;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Core.Profile;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Tests.Dataverse;

public class MonthByMonthReplayTests : CliTestBase
{
    [Test]
    public void Run_TinyOrg_Should_RecomputeAtOctobersEndAndAtNow()
    {
        // Arrange
        var snapshot = TinyOrg();
        var events = HistoryTimeline.Build(snapshot);
        var org = new DemoOrgBuilder(ScoringProfile.Default).Build(snapshot, events[0].When);

        // Act
        var result = new MonthByMonthReplay(org).Run(events, Now);

        // Assert: events in October and November; 31 Oct 23:00 is before now (15 Nov), 30 Nov 23:00 is not → one
        // month-end run, then the final one at now; every event replayed; no job failed.
        Assert.That(result.MonthEndRuns, Is.EqualTo(1));
        Assert.That(result.Replay.TotalEvents, Is.EqualTo(11));
        Assert.That(result.MonthEnds.Failures.Concat(result.Final.Failures), Is.Empty);
        Assert.That(org.UtcNow, Is.EqualTo(Now));

        // Both periods' scorecards carry the recompute's adoption score (the seeded rows held only the quota).
        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.Period, ScorecardColumns.AdoptionScore) };
        var scored = org.Organization.SystemService.RetrieveMultiple(query).Entities
            .Where(c => c.Contains(ScorecardColumns.AdoptionScore))
            .Select(c => c.GetAttributeValue<string>(ScorecardColumns.Period));
        Assert.That(scored, Is.EquivalentTo(new[] { "2026-10", "2026-11" }));
    }
}
