using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class RecalculateScorecardsPluginTests : PluginTestBase
{
    private static readonly Guid TeamId = new("55555555-5555-5555-5555-555555555555");
    private static readonly Guid FirstDeal = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid SecondDeal = new("00000000-0000-0000-0000-000000000002");

    /// <summary>A budget spent by the first call: every execution does exactly one unit of work.</summary>
    private static RecalculateScorecardsPlugin OneUnitPerExecution() =>
        new(Clock, RecomputeTiming.SimulatedLatency(TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(1));

    [Test]
    public void Execute_OrgWithoutUsers_Should_ReturnAnEmptyTokenAndRecordTheExecution()
    {
        // Arrange / Act
        Run(new RecalculateScorecardsPlugin(Clock), "");

        // Assert: the profile and the users read, nothing to score, one health row saying the run is complete.
        Assert.That(Context.OutputParameters[MessageNames.NextContinuationTokenParameter], Is.EqualTo(""));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple crmspm_scoringprofile", "RetrieveMultiple systemuser", "Create crmspm_pluginhealth" }));
        var health = SystemService.Creates.Single();
        Assert.That(health.GetAttributeValue<OptionSetValue>(PluginHealthColumns.Kind).Value, Is.EqualTo(PluginHealthKind.RecomputeExecution));
        Assert.That((health.GetAttributeValue<bool>(PluginHealthColumns.RunComplete), health.GetAttributeValue<int>(PluginHealthColumns.ServiceCalls)), Is.EqualTo((true, 2)));
        Assert.That(health.GetAttributeValue<DateTime>(PluginHealthColumns.RunAsOf), Is.EqualTo(Now));
    }

    [Test]
    public void Execute_NewRunWithTheBudgetSpentByTheStanding_Should_StoreTheStandingAndReturnATokenBeforeAnyTeam()
    {
        // Arrange
        QueueTeam();

        // Act
        Run(OneUnitPerExecution(), "");

        // Assert: the org read once (profile, users, cards, deals, 4 activity tables) and the standing row looked up
        // by its key; the standing created, no team work: the token names the row and the run, no team.
        var token = (string)Context.OutputParameters[MessageNames.NextContinuationTokenParameter];
        Assert.That(token, Does.Match($"^v4\\|{Now.Ticks}\\|{StandingStore.RowId}\\|[0-9a-f-]{{36}}\\|\\|$"));
        Assert.That(CallsOf(SystemService).Count(c => c.StartsWith("RetrieveMultiple", StringComparison.Ordinal)), Is.EqualTo(9));
        Assert.That(CallsOf(SystemService).Where(c => !c.StartsWith("RetrieveMultiple", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "Create crmspm_modelstate", "Create crmspm_pluginhealth" }));
        var row = SystemService.Creates[0];
        Assert.That((row.Id, row.GetAttributeValue<string>(ModelStateColumns.TeamKey), row.GetAttributeValue<string>(ModelStateColumns.RunId)),
            Is.EqualTo((StandingStore.RowId, StandingStore.TeamKey, token.Split('|')[3])));
        Assert.That(StandingDocument.Read(row.GetAttributeValue<string>(ModelStateColumns.StandingJson))!.Tiers.Keys, Is.EqualTo(new[] { RepId.ToString() }));
    }

    [Test]
    public void Execute_BudgetSpentAfterTheScorecards_Should_ReturnATokenInsideTheTeamBeforeItsFirstDeal()
    {
        // Arrange
        QueueTeam();
        var standing = QueueStanding();

        // Act
        Run(OneUnitPerExecution(), $"v4|{Now.Ticks}|{standing}||");

        // Assert: 12 reads (profile, users, the standing row, then the team: scorecards, the outcome window's quotas,
        // model, deals, 4 activity tables, its tip tasks), the model and the scorecard written, no deal yet; the token says "team
        // started, no deal done" (the empty Guid). The org is not read again.
        Assert.That(Context.OutputParameters[MessageNames.NextContinuationTokenParameter], Is.EqualTo($"v4|{Now.Ticks}|{standing}|{TeamId}|{Guid.Empty}"));
        Assert.That(CallsOf(SystemService).Count(c => c.StartsWith("RetrieveMultiple", StringComparison.Ordinal)), Is.EqualTo(12));
        Assert.That(CallsOf(SystemService).Count(c => c == "RetrieveMultiple opportunity"), Is.EqualTo(1));
        Assert.That(CallsOf(SystemService).Count(c => c == "RetrieveMultiple task"), Is.EqualTo(2)); // completed tasks, then tips
        Assert.That(CallsOf(SystemService), Does.Contain("Upsert crmspm_modelstate").And.Contain("Upsert crmspm_scorecard"));
        Assert.That(CallsOf(SystemService), Has.None.EqualTo("Update opportunity"));
    }

    [Test]
    public void Execute_TokenBeforeTheFirstDeal_Should_WriteOnlyThatDealAndPointAfterIt()
    {
        // Arrange
        QueueTeam();
        var standing = QueueStanding();

        // Act
        Run(OneUnitPerExecution(), $"v4|{Now.Ticks}|{standing}|{TeamId}|{Guid.Empty}");

        // Assert: the team is reloaded and rescored, its model and scorecard not written again, one deal written.
        Assert.That(Context.OutputParameters[MessageNames.NextContinuationTokenParameter], Is.EqualTo($"v4|{Now.Ticks}|{standing}|{TeamId}|{FirstDeal}"));
        Assert.That(CallsOf(SystemService).Where(c => !c.StartsWith("RetrieveMultiple", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "Update opportunity", "Create crmspm_pluginhealth" }));
        Assert.That(SystemService.Updates.Single().Id, Is.EqualTo(FirstDeal));
    }

    [Test]
    public void Execute_TokenWhoseStandingRowIsGone_Should_FailAndSayToStartANewRun()
    {
        // Arrange: the token names a standing row the org no longer has (nothing queued for crmspm_modelstate).
        QueueTeam();
        var token = $"v4|{Now.Ticks}|{StandingStore.RowId}|{RunId}|{TeamId}|{Guid.Empty}";

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(OneUnitPerExecution(), token));

        // Assert: no team scored with a guessed standing, nothing written.
        Assert.That(error!.Message, Does.Contain("is gone").And.Contain("empty ContinuationToken"));
        Assert.That(CallsOf(SystemService), Has.All.StartsWith("RetrieveMultiple"));
    }

    [Test]
    public void Execute_TokenOfARunWhoseStandingWasReplaced_Should_FailAndNameTheOtherRun()
    {
        // Arrange: the row holds another run's standing.
        QueueTeam();
        var other = Guid.Parse("99999999-9999-4999-8999-999999999999");
        SystemService.Answer(ModelStateColumns.EntityName, StandingRow(other));

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(OneUnitPerExecution(), $"v4|{Now.Ticks}|{StandingStore.RowId}|{RunId}||"));

        // Assert
        Assert.That(error!.Message, Does.Contain("another run's standing (run " + other + ")").And.Contain("empty ContinuationToken"));
        Assert.That(CallsOf(SystemService), Has.All.StartsWith("RetrieveMultiple"));
    }

    private static readonly Guid RunId = new("77777777-7777-4777-8777-777777777777");

    /// <summary>Queues the org-level row holding run <see cref="RunId"/>'s standing (the rep tier B); returns "row|run" as a token carries it.</summary>
    private string QueueStanding()
    {
        SystemService.Answer(ModelStateColumns.EntityName, StandingRow(RunId));
        return $"{StandingStore.RowId}|{RunId}";
    }

    private static Entity StandingRow(Guid runId)
    {
        var tiers = new Dictionary<string, CrmSpm.Core.Scoring.Tiers.TierAssignment>
        {
            [RepId.ToString()] = new() { RepId = RepId.ToString(), Tier = CrmSpm.Core.Scoring.Tiers.Tier.B, Rank = 1, Explanation = "Tier B." },
        };
        var standing = new CrmSpm.Core.Scoring.OrgStanding(tiers, new CrmSpm.Core.Scoring.Practices.TeamBenchmarks(), Array.Empty<CrmSpm.Core.Coaching.Queue.CoachingQueueEntry>());
        return new Entity(ModelStateColumns.EntityName, StandingStore.RowId)
        {
            [ModelStateColumns.RunId] = runId.ToString(),
            [ModelStateColumns.StandingJson] = StandingDocument.Write(standing, ModelStateColumns.StandingJsonMaxLength),
        };
    }

    private void Run(RecalculateScorecardsPlugin plugin, string token)
    {
        Context.InputParameters[MessageNames.ContinuationTokenParameter] = token;
        Execute(plugin, MessageNames.RecalculateScorecards, "", Guid.Empty, stage: 30);
    }

    /// <summary>One team: the rep, and two open deals of theirs with no score yet; no profile, scorecard, model or activity.</summary>
    private void QueueTeam()
    {
        SystemService.Answer(SystemUserColumns.EntityName, new Entity(SystemUserColumns.EntityName, RepId)
        {
            [SystemUserColumns.FullName] = "Riley Rep",
            [SystemUserColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, TeamId),
        });
        SystemService.Answer(OpportunityColumns.EntityName, TeamDeal(SecondDeal), TeamDeal(FirstDeal));
    }

    private static Entity TeamDeal(Guid id)
    {
        var row = Deal();
        row.Id = id;
        row[OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, TeamId);
        return row;
    }
}
