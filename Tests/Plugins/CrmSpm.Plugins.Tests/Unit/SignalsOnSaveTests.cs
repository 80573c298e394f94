using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// A deal save raises only the tips the team's data supports, by Core's rule (SignalCoverage.Supports, docs/scoring.md
/// §9) over the coverage the recompute stored on the team's model row (<c>crmspm_signals</c>). The deal moves from
/// Qualify to Develop with no next step: the default profile's missing-next-step tip fires, and nothing else does.
/// </summary>
public sealed class SignalsOnSaveTests : PluginTestBase
{
    private static readonly string MissingNextStepKey = "missing-next-step|opportunity|" + DealId;

    [Test]
    public void Update_TeamLogsNoNextSteps_Should_NotRaiseTheNextStepTip()
    {
        // Arrange: the stored coverage says no open deal of the team has a next step.
        SystemService.Answer(OpportunityColumns.EntityName, WithSignals(Deal(stage: "Develop", nextStep: null),
            "{\"contacts\":true,\"nextSteps\":false,\"stages\":true,\"open\":true,\"active\":[\"" + RepId + "\"]}"));

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId,
            new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = "Develop" }, preImage: Deal(stage: "Qualify"));

        // Assert: the deal is scored (its row is written) but no task is written.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile", "Update opportunity" }));
        Assert.That(SystemService.Updates.Single().GetAttributeValue<string>(OpportunityColumns.TipState), Is.Null.Or.EqualTo("[]"));
    }

    [TestCase("{\"contacts\":false,\"nextSteps\":true,\"stages\":false,\"open\":true,\"active\":[]}", TestName = "Update_TeamLogsNextSteps_Should_RaiseTheNextStepTip")]
    [TestCase(null, TestName = "Update_NoCoverageStoredYet_Should_RaiseTheNextStepTipAsBefore")]
    [TestCase("{not json", TestName = "Update_UnreadableCoverage_Should_RaiseTheNextStepTipAsBefore")]
    public void Update_NextStepTipSupportedOrUnknown(string? signals)
    {
        // Arrange: next steps are captured (contacts, stage changes and activities are not, and no rule here needs
        // them), or no usable coverage is stored: either way the tip is raised.
        SystemService.Answer(OpportunityColumns.EntityName, WithSignals(Deal(stage: "Develop", nextStep: null), signals));

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId,
            new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = "Develop" }, preImage: Deal(stage: "Qualify"));

        // Assert
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile", "Update opportunity", "Upsert task" }));
        Assert.That(((UpsertRequest)SystemService.Executes.Single()).Target.Id, Is.EqualTo(TipIdentity.ForKey(MissingNextStepKey)));
    }

    [Test]
    public void Update_OpenTipTheDataNoLongerSupports_Should_CloseIt()
    {
        // Arrange: the next-step tip is open (raised before the recompute found no next steps in the team).
        var row = Deal(stage: "Develop", nextStep: null);
        row[OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":1,\"lastShownOn\":\"2026-11-19T10:00:00Z\"}]";
        row[OpportunityColumns.DealScore] = 25;
        row[OpportunityColumns.DealScoreReasons] = "[]";
        SystemService.Answer(OpportunityColumns.EntityName, WithTips(WithSignals(row, "{\"contacts\":true,\"nextSteps\":false,\"stages\":true,\"open\":true,\"active\":[]}"),
            (MissingNextStepKey, ActivityState.Open, "Agree the next step", "No next step.")));

        // Act: only the amount changed.
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId,
            new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.EstimatedValue] = new Money(60_000m) }, preImage: Deal(stage: "Develop", nextStep: null));

        // Assert: the tip state records the close, then the task is closed (a state update of that task).
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile", "Update opportunity", "Update task" }));
        var closed = SystemService.Updates.Last();
        Assert.That(closed.Id, Is.EqualTo(TipIdentity.ForKey(MissingNextStepKey)));
        Assert.That(closed.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, Is.EqualTo(ActivityState.Completed));
        Assert.That(SystemService.Updates.First().GetAttributeValue<string>(OpportunityColumns.TipState), Does.Contain("\"open\":false"));
    }

    [Test]
    public void SignalsDocument_Should_KeepTheOrgFlagsAndOnlyTheRepsWithActivities()
    {
        // Arrange: rep "b" logged 3 touches, rep "a" none; the flags as the recompute measured them.
        var coverage = SignalsDocument.Read("{\"contacts\":false,\"nextSteps\":true,\"stages\":false,\"open\":true,\"active\":[\"b\"]}")!;

        // Act
        var json = SignalsDocument.Write(coverage, ModelStateColumns.SignalsMaxLength)!;

        // Assert: Core's rule over the stored coverage: stale-deal needs the rep's activities, single-threaded needs
        // contacts, stuck-in-stage needs stage history, missing-next-step needs next steps; the text round-trips.
        Assert.That(coverage.Supports("stale-deal", "b"), Is.True);
        Assert.That(coverage.Supports("stale-deal", "a"), Is.False);
        Assert.That(coverage.Supports("single-threaded-late-stage", "b"), Is.False);
        Assert.That(coverage.Supports("stuck-in-stage", "b"), Is.False);
        Assert.That(coverage.Supports("missing-next-step", "a"), Is.True);
        Assert.That(json, Is.EqualTo("{\"contacts\":false,\"nextSteps\":true,\"stages\":false,\"open\":true,\"active\":[\"b\"]}"));
        Assert.That(SignalsDocument.Write(coverage, json.Length - 1), Is.Null, "a coverage over the column's length is not stored at all, never cut");
    }

    private static Entity WithSignals(Entity deal, string? signals)
    {
        if (signals != null)
        {
            deal["model." + ModelStateColumns.Signals] = new AliasedValue(ModelStateColumns.EntityName, ModelStateColumns.Signals, signals);
        }

        return deal;
    }
}
