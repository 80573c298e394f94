using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Sync;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>The describe at the start of a run: which optional fields are read, and a clear stop when our metadata is missing.</summary>
public sealed class OrgFieldCheckTests : SalesforceTestBase
{
    [Test]
    public async Task Sync_TaskFieldNotDeployed_Should_StopBeforeReadingWithDeployTheMetadataFirst()
    {
        // Arrange: the org lacks Task.CrmSpm_Key__c (metadata not deployed, or hidden from the integration user).
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, UndeployedFields = new HashSet<string> { "Task.CrmSpm_Key__c" } });
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));

        // Act
        var error = Assert.ThrowsAsync<SalesforceSetupException>(() => RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate)));

        // Assert: one login and one describe call; nothing read, nothing written, no state saved.
        Assert.That(error!.Message, Does.StartWith("deploy the Salesforce metadata first: the org has no Task.CrmSpm_Key__c, or the integration user cannot see them."));
        Assert.That(error.Message, Does.Contain("sf project deploy start"));
        Assert.That((Emulator.Stats.DataRequests, Emulator.Stats.QueryRequests, Emulator.Stats.WriteCalls), Is.EqualTo((1, 0, 0)));
        Assert.That(await StateStore.LoadAsync(CancellationToken.None), Has.Property("Watermarks").Empty);
    }

    [Test]
    public async Task Sync_ScorecardObjectNotDeployed_Should_NameTheObject()
    {
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, UndeployedFields = new HashSet<string> { "CrmSpm_Scorecard__c" } });

        Assert.That(() => RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate)),
            Throws.TypeOf<SalesforceSetupException>().With.Message.Contains("the org has no CrmSpm_Scorecard__c (the whole object)"));
    }

    [Test]
    public async Task Sync_MulticurrencyOrg_Should_ReadTheDealCurrency()
    {
        // Arrange
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, VaryingFields = new HashSet<string> { "CurrencyIsoCode" } });
        var deal = "";
        SeedOrg(o =>
        {
            deal = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10));
            Emulator.Store.Update("Opportunity", deal, new System.Text.Json.Nodes.JsonObject { ["CurrencyIsoCode"] = "EUR" });
        });

        // Act
        await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));

        // Assert
        var state = await StateStore.LoadAsync(CancellationToken.None);
        Assert.That(state.Mirror.Opportunities[deal].CurrencyIsoCode, Is.EqualTo("EUR"));
        Assert.That(Emulator.Stats.ReceivedQueries.Single(q => q.Contains("FROM Opportunity WHERE")), Does.Contain("CurrencyIsoCode"));
    }

    [Test]
    public async Task Sync_SingleCurrencyOrg_Should_NotAskForTheCurrency()
    {
        await StartEmulatorAsync();
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));

        await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));

        Assert.That(Emulator.Stats.ReceivedQueries.Single(q => q.Contains("FROM Opportunity WHERE")), Does.Not.Contain("CurrencyIsoCode"));
        Assert.That(Emulator.Stats.Describes, Is.EqualTo(7), "six synced objects and the scorecard object, once");
    }
}
