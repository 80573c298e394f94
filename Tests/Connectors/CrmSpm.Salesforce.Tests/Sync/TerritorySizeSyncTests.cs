using System.Text.Json.Nodes;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Data;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.Mirror;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>
/// territorySizeField: a User field (usually an admin's custom field) holding the rep's territory size, read with the
/// users, checked against the describe before any query, and validated per rep with a data issue in the summary.
/// </summary>
public sealed class TerritorySizeSyncTests : SalesforceTestBase
{
    private const string Field = "Territory_Size__c";

    private static SyncOptions ReadingTerritory() => new() { Objects = SyncedObjects.For(SyncedObjects.All.Select(o => o.Name), Field) };

    [Test]
    public async Task Sync_TerritoryFieldInTheOrg_Should_ReadItAndListEveryUnusableValueInTheSummary()
    {
        // Arrange: Ana 150 (a number field), Ben "lots" and Cleo -20: each owns a deal, so all three are scored.
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, OrgCustomFields = new HashSet<string> { "User." + Field } });
        string ana = "", ben = "", cleo = "";
        SeedOrg(o =>
        {
            ana = o.Rep("Ana Rep");
            ben = o.Rep("Ben Rep");
            cleo = o.Rep("Cleo Rep");
            Emulator.Store.Update("User", ana, new JsonObject { [Field] = 150 });
            Emulator.Store.Update("User", ben, new JsonObject { [Field] = "lots" });
            Emulator.Store.Update("User", cleo, new JsonObject { [Field] = -20 });
            foreach (var rep in new[] { ana, ben, cleo })
            {
                o.Deal(rep, "Deal of " + rep, new DateOnly(2026, 12, 15));
            }
        });

        // Act
        var summary = await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate), options: ReadingTerritory());

        // Assert: the field is selected; Ana's value kept; Ben's and Cleo's listed with their ids.
        Assert.That(Emulator.Stats.ReceivedQueries.Single(q => q.Contains("FROM User WHERE")), Does.Contain(Field));
        var state = await StateStore.LoadAsync(CancellationToken.None);
        Assert.That(state.Mirror.Users[ana].TerritorySize, Is.EqualTo("150"));
        var territoryIssues = summary.DataIssues.Where(i => i.Message.StartsWith("Territory size", StringComparison.Ordinal))
            .Select(i => (i.Code, i.RecordId, i.Message));
        Assert.That(territoryIssues, Is.EquivalentTo(new[]
        {
            (DataIssueCodes.ImplausibleValue, (string?)ben, "Territory size 'lots' is not a number; treated as unknown (no territory adjustment)."),
            (DataIssueCodes.ImplausibleValue, (string?)cleo, "Territory size -20 is negative; treated as unknown (no territory adjustment)."),
        }));
    }

    [Test]
    public async Task Sync_TerritoryFieldNotInTheOrg_Should_StopBeforeReadingWithAConfigurationErrorNamingTheField()
    {
        // Arrange: the config names a field the org does not have (or hides from the integration user).
        await StartEmulatorAsync();
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 12, 15)));

        // Act
        var error = Assert.ThrowsAsync<SalesforceSetupException>(() =>
            RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate), options: ReadingTerritory()));

        // Assert: one describe, no query (a query would get 400 INVALID_FIELD mid-sync), nothing saved.
        Assert.That(error!.Message, Does.StartWith(
            "the config file names a field the org does not have. territorySizeField: the org has no User.Territory_Size__c, or the integration user cannot see it."));
        Assert.That((Emulator.Stats.QueryRequests, Emulator.Stats.WriteCalls), Is.EqualTo((0, 0)));
        Assert.That(await StateStore.LoadAsync(CancellationToken.None), Has.Property("Watermarks").Empty);
    }

    [Test]
    public void SyncedObjects_WithoutTerritoryField_Should_ReadTheStockUser()
    {
        Assert.That(SyncedObjects.For(new[] { "User", "Opportunity" }, null), Is.EqualTo(new[] { SyncedObjects.User, SyncedObjects.Opportunity }));
        Assert.That(SyncedObjects.User.ConfiguredFields, Is.Empty);
    }

    [Test]
    public async Task Sync_TerritoryFieldAddedToTheConfigLater_Should_ReadTheUsersAgainOnce()
    {
        // Arrange: a first run without the setting; then the admin names the field. No user changes in Salesforce.
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, OrgCustomFields = new HashSet<string> { "User." + Field } });
        var ana = "";
        SeedOrg(o =>
        {
            ana = o.Rep("Ana Rep");
            Emulator.Store.Update("User", ana, new JsonObject { [Field] = 40 });
            o.Deal(ana, "Acme", new DateOnly(2026, 12, 15));
        });
        await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));

        // Act
        var summary = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(RuleIds.PastDueCloseDate), options: ReadingTerritory());

        // Assert: User read again from the start (1 row), the other objects not at all.
        Assert.That(summary.RowsRead["User"], Is.EqualTo(1));
        Assert.That(summary.RowsRead["Opportunity"], Is.EqualTo(0));
        Assert.That((await StateStore.LoadAsync(CancellationToken.None)).Mirror.Users[ana].TerritorySize, Is.EqualTo("40"));
    }
}
