using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Tests.Client;

public sealed class CollectionsTests : SalesforceTestBase
{
    private static List<JsonObject> Accounts(int count, string prefix = "Account") =>
        Enumerable.Range(0, count).Select(i => new JsonObject { ["Name"] = $"{prefix} {i:D3}" }).ToList();

    [Test]
    public async Task Create_450Records_Should_Use3CallsAndKeepInputOrder()
    {
        // Arrange: 450 records = 200 + 200 + 50.
        await StartEmulatorAsync();
        var client = CreateClient();

        // Act
        var results = await client.Collections.CreateAsync("Account", Accounts(450), CancellationToken.None);

        // Assert
        Assert.That(Emulator.Stats.WriteCalls, Is.EqualTo(3));
        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 450)));
        Assert.That(results, Has.All.Matches<Collections.RecordResult>(r => r.Success));
        Assert.That(Emulator.Store.Find("Account", results[449].Id!)!["Name"]!.ToString(), Is.EqualTo("Account 449"));
    }

    [Test]
    public async Task Create_SomeRecordsRejected_Should_ReportThemOneByOneAndWriteTheRest()
    {
        // Arrange: names ending in 3 are rejected as duplicates (records 3 and 13 of 0..19).
        await StartEmulatorAsync();
        Emulator.Faults.RejectRecord = (_, record) => record["Name"]!.ToString().EndsWith('3')
            ? ("DUPLICATES_DETECTED", "Use one of these records?")
            : null;
        var client = CreateClient();

        // Act
        var results = await client.Collections.CreateAsync("Account", Accounts(20), CancellationToken.None);

        // Assert
        var failed = results.Where(r => !r.Success).ToList();
        Assert.That(failed.Select(r => r.Index), Is.EqualTo(new[] { 3, 13 }));
        Assert.That(failed[0].Errors.Single().Code, Is.EqualTo("DUPLICATES_DETECTED"));
        Assert.That(Emulator.Store.Live("Account"), Has.Count.EqualTo(18));
    }

    [Test]
    public async Task Create_ThreeRecordsLocked_Should_RetryOnlyThoseAfterABackoff()
    {
        // Arrange
        await StartEmulatorAsync();
        Emulator.Faults.LockRecordsOnNextWrite(3);
        var client = CreateClient();

        // Act
        var results = await client.Collections.CreateAsync("Account", Accounts(10), CancellationToken.None);

        // Assert: call 1 writes 7, call 2 writes the 3 locked ones; one backoff of the 1 s base delay.
        Assert.That(results, Has.All.Matches<Collections.RecordResult>(r => r.Success));
        Assert.That(Emulator.Store.Live("Account"), Has.Count.EqualTo(10));
        Assert.That(Emulator.Stats.WriteCalls, Is.EqualTo(2));
        Assert.That(Time.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(1) }));
    }

    [Test]
    public async Task Upsert_SameKeysTwice_Should_CreateThenUpdateWithoutDuplicates()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();
        List<JsonObject> Tips(string subject) => Enumerable.Range(0, 3)
            .Select(i => new JsonObject { ["CrmSpm_Key__c"] = $"stale-deal|{i}", ["Subject"] = subject }).ToList();

        // Act
        var first = await client.Collections.UpsertAsync("Task", "CrmSpm_Key__c", Tips("first"), CancellationToken.None);
        var second = await client.Collections.UpsertAsync("Task", "CrmSpm_Key__c", Tips("second"), CancellationToken.None);

        // Assert
        Assert.That(first.Select(r => r.Created), Is.EqualTo(new bool?[] { true, true, true }));
        Assert.That(second.Select(r => r.Created), Is.EqualTo(new bool?[] { false, false, false }));
        Assert.That(Emulator.Store.Live("Task").Select(t => t["Subject"]!.ToString()), Is.EqualTo(new[] { "second", "second", "second" }));
    }

    [Test]
    public async Task Update_And_Delete_Should_ChangeAndSoftDeleteByIds()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();
        var created = await client.Collections.CreateAsync("Account", Accounts(2), CancellationToken.None);

        // Act
        var updated = await client.Collections.UpdateAsync("Account",
            new[] { new JsonObject { ["Id"] = created[0].Id, ["Name"] = "Renamed" } }, CancellationToken.None);
        var deleted = await client.Collections.DeleteAsync(new[] { created[1].Id! }, CancellationToken.None);

        // Assert
        Assert.That(updated.Single().Success && deleted.Single().Success, Is.True);
        Assert.That(Emulator.Store.Live("Account").Select(a => a["Name"]!.ToString()), Is.EqualTo(new[] { "Renamed" }));
    }

    [Test]
    public async Task Create_UnknownField_Should_ReportInvalidFieldWithFieldName()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();

        // Act
        var result = (await client.Collections.CreateAsync("Account", new[] { new JsonObject { ["Nmae"] = "typo" } }, CancellationToken.None)).Single();

        // Assert
        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Has.Property(nameof(SalesforceError.Code)).EqualTo("INVALID_FIELD")
            .And.Property(nameof(SalesforceError.Fields)).EqualTo(new[] { "Nmae" }));
    }

    [Test]
    public void Delete_ValueThatIsNotAnId_Should_BeRefusedBeforeItReachesTheUrl()
    {
        // Arrange
        var client = CreateStubClient(new Support.StubHandler());

        // Act / Assert
        Assert.That(async () => await client.Collections.DeleteAsync(new[] { "001&allOrNone=true" }, CancellationToken.None),
            Throws.ArgumentException);
    }

    [Test]
    public async Task UpsertByExternalId_SingleRecord_Should_Answer201Then200AndThen300ForDuplicates()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();

        // Act
        var first = await client.UpsertByExternalIdAsync("Task", "CrmSpm_Key__c", "k|1", new JsonObject { ["Subject"] = "a" }, CancellationToken.None);
        var second = await client.UpsertByExternalIdAsync("Task", "CrmSpm_Key__c", "k|1", new JsonObject { ["Subject"] = "b" }, CancellationToken.None);
        Emulator.Store.Seed("Task", new JsonObject { ["CrmSpm_Key__c"] = "k|1" });
        var third = await client.UpsertByExternalIdAsync("Task", "CrmSpm_Key__c", "k|1", new JsonObject { ["Subject"] = "c" }, CancellationToken.None);

        // Assert
        Assert.That((first.Created, second.Created, second.Id), Is.EqualTo((true, false, first.Id)));
        Assert.That(third.IsAmbiguous, Is.True);
        Assert.That(third.MultipleMatches, Has.Count.EqualTo(2));
    }
}
