using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// Organization-service round trips per event, counted by the embedded org (docs/performance.md: ≤ 3 per opportunity update and
/// per activity create, the triggering write excluded). Deterministic, so asserted exactly. The team has a model row
/// and an active profile, as it has after the first nightly recompute.
/// </summary>
public sealed class RoundTripPipelineTests : PluginTestBase
{
    [Test]
    public void OpportunityUpdate_CloseDatePushed_Should_CostOneReadAndOneWrite()
    {
        // Arrange
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var counted = org.Org.Counters.Measure(() =>
            org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(60) }));

        // Assert: the rep's update + the joined deal query + the deal's update (push count). No tip changes.
        Assert.That(counted.Calls - 1, Is.EqualTo(2));
        Assert.That(counted.RowsRead, Is.EqualTo(1));
    }

    [Test]
    public void ActivityCompleted_CallOnADeal_Should_CostOneReadAndTwoWrites()
    {
        // Arrange
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var callId = org.AsRep.Create(CompletedCall(org, dealId));
        var counted = org.Org.Counters.Measure(() => Complete(org.AsRep, ActivityColumns.PhoneCall, callId));

        // Assert: the rep's completion + the joined deal query + the deal's update + the account's last touch.
        Assert.That(counted.Calls - 1, Is.EqualTo(3));
        Assert.That(counted.RowsRead, Is.EqualTo(1));
    }

    [Test]
    public void OpportunityUpdate_TeamWithoutModelRow_Should_CostOneExtraProfileRead()
    {
        // Arrange: no model row yet, so the profile cannot be joined through it.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var counted = org.Org.Counters.Measure(() =>
            org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(60) }));

        // Assert: rep's update + deal query + profile query + deal update.
        Assert.That(counted.Calls - 1, Is.EqualTo(3));
    }

    [Test]
    public void ActivityCompleted_AfterTheTeamsFirstClose_Should_FindTheProfileInTheJoinedRead()
    {
        // Arrange: no model row yet; the first win creates it, and it must link to the active profile.
        var org = CreateOrg();
        SeedProfileOnly(org);
        var wonId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Win(org.AsRep, wonId);
        org.Org.RunAsyncOperations();
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var callId = org.AsRep.Create(CompletedCall(org, dealId));
        var counted = org.Org.Counters.Measure(() => Complete(org.AsRep, ActivityColumns.PhoneCall, callId));

        // Assert: as with a recomputed team, the rep's completion + the joined deal query + the deal's update + the
        // account's last touch; no separate profile read.
        Assert.That(counted.Calls - 1, Is.EqualTo(3));
        Assert.That(counted.RowsRead, Is.EqualTo(1));
    }

    // Win/Lose and reopens run as asynchronous PostOperation steps: system jobs queued by the save and run after it
    // commits (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service), so the rep's
    // close makes none of our calls; the job's calls are counted on their own.
    [TestCase("Win")]
    [TestCase("Lose")]
    public void Close_OpenDealWithoutTips_Should_CostTheRepsSaveNoCallOfOurs(string message)
    {
        // Arrange
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var counted = org.Org.Counters.Measure(() => Close(org.AsRep, message, dealId));

        // Assert: the rep's request alone (the platform's own opportunityclose is part of it); not one call of ours,
        // one job queued.
        Assert.That(counted.Calls, Is.EqualTo(1));
        Assert.That(counted.RowsRead, Is.EqualTo(0));
        Assert.That(org.Org.PendingAsyncOperations, Is.EqualTo(1));
    }

    [Test]
    public void Reopen_WonDeal_Should_CostTheSaveNoCallOfOursAndItsJobFour()
    {
        // Arrange
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Win(org.AsRep, dealId);
        org.Org.RunAsyncOperations();

        // Act
        var save = org.Org.Counters.Measure(() => org.AsSystem.Update(new Entity(OpportunityColumns.EntityName, dealId)
        {
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
            [OpportunityColumns.StatusCode] = new OptionSetValue(1),
        }));
        var job = org.Org.Counters.Measure(() => org.Org.RunAsyncOperations());

        // Assert: the update alone on the save (its columns pass no synchronous step's filter); the job as a close's
        // (Pipeline/CloseConcurrencyPipelineTests.cs): the read, then the deal, the model and the card.
        Assert.That(save.Calls, Is.EqualTo(1));
        Assert.That(job.Calls, Is.EqualTo(4));
    }

    [Test]
    public void TipAnswered_DealTip_Should_CostTheTeamsLockOneReadAndOneWrite()
    {
        // Arrange: a new deal without a next step has its missing-next-step tip.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = CrmSpm.Plugins.Coaching.TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);

        // Act
        var counted = org.Org.Counters.Measure(() => Complete(org.AsRep, ActivityColumns.Task, tipId));

        // Assert: the rep's completion + the lock (Upsert of the team's model-state row) + the deal's tip state read +
        // its write. The activity step returns on our tip tasks before any call.
        Assert.That(counted.Calls - 1, Is.EqualTo(3));
        Assert.That(counted.RowsRead, Is.EqualTo(1));
    }

    private static void Close(IOrganizationService service, string message, Guid dealId)
    {
        if (message == "Win") Win(service, dealId);
        else Lose(service, dealId);
    }
}
