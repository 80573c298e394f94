extern alias plugins;
using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Core.Time;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Tests.Dataverse;

public class DataverseDemoRunnerTests : CliTestBase
{
    private DataverseDemoResult result = null!;
    private string output = "";

    [SetUp]
    public void RunSmallDemo()
    {
        // Arrange + Act, shared: a generated org of 6 reps × 15 deals through the plugins.
        var writer = new StringWriter();
        result = new DataverseDemoRunner(PlainConsole(writer), new FixedClock(Now)).Run(new DemoOptions { Seed = 11, Reps = 6, DealsPerRep = 15, Tips = 4 });
        output = writer.ToString();
    }

    [Test]
    public void Run_SmallSeed_Should_PrintTheOpenTipCountOfTheOrgsRows()
    {
        // Arrange: open tip tasks counted straight from the org after the run.
        var query = new QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new ColumnSet(CoachingTipColumns.TipKey) };
        query.Criteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.NotNull);
        query.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, ActivityState.Open);
        var open = result.Org.Organization.SystemService.RetrieveMultiple(query).Entities.Count;

        // Assert
        Assert.That(open, Is.GreaterThan(0));
        Assert.That(output, Does.Contain("(4 of " + open + " open tip tasks)"));
    }

    [Test]
    public void Run_SmallSeed_Should_PrintThePostCountAndOneScorecardRowPerRep()
    {
        // Arrange
        var posts = result.Org.Organization.RowCount(PostColumns.EntityName);

        // Assert: every rep owns deals, so each gets this period's scorecard.
        Assert.That(output, Does.Contain(" of " + posts + ")"));
        Assert.That(result.ReadBack.Scorecards.Select(c => c.Rep), Is.EquivalentTo(result.Generated.Reps.Select(r => r.Name)));
    }

    [Test]
    public void Run_SmallSeed_Should_ReplayEveryDealWithoutAFailure()
    {
        // Assert: one create per generated deal, a close per closed deal, no swallowed error, no failed async job.
        Assert.That(result.History.Replay.Events[ReplayEventKind.DealCreated], Is.EqualTo(90));
        var closed = result.Generated.Opportunities.Count(o => !o.IsOpen);
        Assert.That(result.History.Replay.Events[ReplayEventKind.DealWon] + result.History.Replay.Events[ReplayEventKind.DealLost], Is.EqualTo(closed));
        Assert.That(result.History.Replay.SkippedSteps, Is.EqualTo(0));
        Assert.That(result.AsyncFailures, Is.EqualTo(0));
        Assert.That(result.Org.Organization.SystemJobs.Select(j => j.ErrorMessage), Has.All.Null);
    }
}
