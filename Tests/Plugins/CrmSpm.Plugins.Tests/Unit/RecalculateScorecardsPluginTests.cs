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
    public void Execute_BudgetSpentAfterTheScorecards_Should_ReturnATokenInsideTheTeamBeforeItsFirstDeal()
    {
        // Arrange
        QueueTeam();

        // Act
        Run(OneUnitPerExecution(), "");

        // Assert: 10 reads (profile, users, scorecards, the outcome window's quotas, model, deals, 4 activity tables), the model and the scorecard
        // written, no deal yet; the token says "team started, no deal done" (the empty Guid).
        Assert.That(Context.OutputParameters[MessageNames.NextContinuationTokenParameter], Is.EqualTo($"v3|{Now.Ticks}|{TeamId}|{Guid.Empty}"));
        Assert.That(CallsOf(SystemService).Count(c => c.StartsWith("RetrieveMultiple", StringComparison.Ordinal)), Is.EqualTo(10));
        Assert.That(CallsOf(SystemService), Does.Contain("Upsert crmspm_modelstate").And.Contain("Upsert crmspm_scorecard"));
        Assert.That(CallsOf(SystemService), Has.None.EqualTo("Update opportunity"));
    }

    [Test]
    public void Execute_TokenBeforeTheFirstDeal_Should_WriteOnlyThatDealAndPointAfterIt()
    {
        // Arrange
        QueueTeam();

        // Act
        Run(OneUnitPerExecution(), $"v3|{Now.Ticks}|{TeamId}|{Guid.Empty}");

        // Assert: the team is reloaded and rescored, its model and scorecard not written again, one deal written.
        Assert.That(Context.OutputParameters[MessageNames.NextContinuationTokenParameter], Is.EqualTo($"v3|{Now.Ticks}|{TeamId}|{FirstDeal}"));
        Assert.That(CallsOf(SystemService).Where(c => !c.StartsWith("RetrieveMultiple", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "Update opportunity", "Create crmspm_pluginhealth" }));
        Assert.That(SystemService.Updates.Single().Id, Is.EqualTo(FirstDeal));
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
