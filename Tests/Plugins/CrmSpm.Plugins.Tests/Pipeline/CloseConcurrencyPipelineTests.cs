using CrmSpm.Core.Deals;
using CrmSpm.PluginHost;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Org = CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// Close jobs in the embedded org that run at the same time as other close jobs. An asynchronous job runs outside any
/// transaction (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions), so its writes are
/// guarded by the row version read (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
public sealed class CloseConcurrencyPipelineTests : PluginTestBase
{
    [Test]
    public void SecondJobWritingBetweenTheFirstJobsReadAndItsModelWrite_Should_LeaveBothWinsCounted()
    {
        // Arrange: two 50,000 deals of one rep in one team, both won; two jobs queued.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var first = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        var second = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Win(org.AsRep, first);
        Win(org.AsRep, second);

        // Act: the first job reads the model and the card, then, just before its model write, the second job runs
        // whole (another host), writing both rows; the first job's writes then name versions that are gone.
        org.Org.InterleaveBefore(IsModelWrite, () => org.Org.RunAsyncOperations());
        org.Org.RunAsyncOperations();

        // Assert: both wins in the model and on the card, both jobs succeeded, no health failure.
        Assert.That(ModelOf(org).Won, Is.EqualTo(2), "the seeded model counted none");
        var card = OnlyRow(org, ScorecardColumns.EntityName);
        Assert.That(card.GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(2));
        Assert.That(card.GetAttributeValue<Money>(ScorecardColumns.WonAmount).Value, Is.EqualTo(100_000m), "50,000 + 50,000");
        Assert.That(org.Org.SystemJobs.Select(j => j.Status.ToString()), Is.EqualTo(new[] { "Succeeded", "Succeeded" }));
        Assert.That(org.Org.RowCount(PluginHealthColumns.EntityName), Is.EqualTo(0));
    }

    [Test]
    public void TwoFirstClosesOfATeamInterleaved_Should_CreateOneModelRowAndOneCard_CountingBoth()
    {
        // Arrange: no model row or card yet: both jobs would create them.
        var org = CreateOrg();
        SeedProfileOnly(org);
        var first = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        var second = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Lose(org.AsRep, first);
        Win(org.AsRep, second);

        // Act: the second job runs whole just before the first job creates the team's model row.
        org.Org.InterleaveBefore(r => r is CreateRequest c && c.Target.LogicalName == ModelStateColumns.EntityName, () => org.Org.RunAsyncOperations());
        org.Org.RunAsyncOperations();

        // Assert: the alternate keys refuse a second row, so the first job updates the rows the second created.
        var model = ModelOf(org);
        Assert.That((model.Won, model.Lost), Is.EqualTo((1, 1)));
        var card = OnlyRow(org, ScorecardColumns.EntityName);
        Assert.That((card.GetAttributeValue<int>(ScorecardColumns.WonCount), card.GetAttributeValue<int>(ScorecardColumns.LostCount)), Is.EqualTo((1, 1)));
    }

    [Test]
    public void WinSeenByTheCloseActivityStepAndAHandRegisteredWinStep_Should_CountOnce()
    {
        // Arrange: an admin registered Win by hand too (docs/plugins.md, "Closes"): one Win queues two jobs.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        org.Org.RegisterStep(new Org.StepRegistration
        {
            Name = "Hand-registered Win",
            Message = "Win",
            PrimaryEntity = OpportunityColumns.EntityName,
            Stage = Org.PipelineStage.PostOperation,
            Mode = Org.StepMode.Asynchronous,
            Plugin = new DealClosedPlugin(new OrgClock(org.Time)),
        });
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Win(org.AsRep, dealId);
        Assert.That(org.Org.PendingAsyncOperations, Is.EqualTo(2));

        // Act: interleaved, the worst case: the second job runs just before the first writes the deal.
        org.Org.InterleaveBefore(r => r is UpdateRequest u && u.Target.LogicalName == OpportunityColumns.EntityName, () => org.Org.RunAsyncOperations());
        org.Org.RunAsyncOperations();

        // Assert: the deal's own guarded write lets one job claim the close; the other finds it counted.
        Assert.That(ModelOf(org).Won, Is.EqualTo(1));
        Assert.That(OnlyRow(org, ScorecardColumns.EntityName).GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(1));
    }

    [TestCase("Win")]
    [TestCase("Lose")]
    public void CloseJob_WithoutAConflict_Should_CostFourCalls(string message)
    {
        // Arrange: a recomputed team (model and profile), a rep with this period's card, an open deal without tips.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var warmUp = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Lose(org.AsRep, warmUp);
        org.Org.RunAsyncOperations();
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        if (message == "Win") Win(org.AsRep, dealId);
        else Lose(org.AsRep, dealId);

        // Act
        var job = org.Org.Counters.Measure(() => Assert.That(org.Org.RunAsyncOperations(), Is.EqualTo(1)));

        // Assert: the joined read, then the deal, the model and the card, each written once at the version read.
        Assert.That(job.Calls, Is.EqualTo(4));
        Assert.That(job.RowsRead, Is.EqualTo(1));
    }

    private static bool IsModelWrite(OrganizationRequest request) =>
        request is UpdateRequest update && update.Target.LogicalName == ModelStateColumns.EntityName;

    private static DealModelState ModelOf(TestOrg org) =>
        CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(OnlyRow(org, ModelStateColumns.EntityName).GetAttributeValue<string>(ModelStateColumns.StateJson));
}
