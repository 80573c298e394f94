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
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var callId = org.AsRep.Create(CompletedCall(org, dealId));
        var counted = org.Org.Counters.Measure(() => Complete(org.AsRep, ActivityColumns.PhoneCall, callId));

        // Assert: as with a recomputed team, the rep's completion + the joined deal query + the deal's update + the
        // account's last touch; no separate profile read.
        Assert.That(counted.Calls - 1, Is.EqualTo(3));
        Assert.That(counted.RowsRead, Is.EqualTo(1));
    }

    [Test]
    public void Win_OpenDealWithoutTips_Should_LockTheTeamAndCostSixCalls()
    {
        // Arrange
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        var counted = org.Org.Counters.Measure(() => Win(org.AsRep, dealId));

        // Assert: the Win step only (the platform's own state update inside Win has Win as its ParentContext, so
        // the Update step leaves the close to it): the deal read, the team's lock (Upsert of the model row's
        // version), the read under the lock, then the deal, the team's model and the owner's scorecard.
        Assert.That(counted.Calls - 1, Is.EqualTo(6));
        Assert.That(counted.RowsRead, Is.EqualTo(2));
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
}
