using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Emulator;

namespace CrmSpm.Salesforce.Tests.Client;

public sealed class QueryPagingTests : SalesforceTestBase
{
    [Test]
    public async Task Query_ServerPagesSmallerThanRequested_Should_ReadEveryRowOnce()
    {
        // Arrange: 450 users, the server returns at most 200 per page whatever we ask → pages of 200, 200, 50.
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, MaxPageSize = 200 });
        for (var i = 0; i < 450; i++)
        {
            Emulator.Store.Seed("User", new JsonObject { ["Name"] = $"Rep {i:D3}" });
        }

        var client = CreateClient();

        // Act
        var pages = await client.QueryPagesAsync("SELECT Id, Name FROM User ORDER BY Name", false, CancellationToken.None).ToListAsync();

        // Assert
        Assert.That(pages.Select(p => p.Records.Count), Is.EqualTo(new[] { 200, 200, 50 }));
        Assert.That(pages.SelectMany(p => p.Records).Select(r => r.Id).Distinct().Count(), Is.EqualTo(450));
        Assert.That(Emulator.Stats.QueryRequests, Is.EqualTo(3));
    }

    [Test]
    public async Task QueryAll_DeletedAndArchivedRows_Should_BeReturnedOnlyByQueryAll()
    {
        // Arrange: one live task, one deleted, one archived.
        await StartEmulatorAsync();
        Emulator.Store.Seed("Task", new JsonObject { ["Subject"] = "live" });
        var deleted = Emulator.Store.Seed("Task", new JsonObject { ["Subject"] = "deleted" });
        Emulator.Store.Seed("Task", new JsonObject { ["Subject"] = "archived", ["IsArchived"] = true });
        Emulator.Store.Delete(deleted);
        var client = CreateClient();

        // Act
        var query = await client.QueryAsync("SELECT Subject FROM Task ORDER BY Subject", false, CancellationToken.None).Select(r => r.GetString("Subject")).ToListAsync();
        var queryAll = await client.QueryAsync("SELECT Subject, IsDeleted FROM Task ORDER BY Subject", true, CancellationToken.None).Select(r => r.GetString("Subject")).ToListAsync();

        // Assert
        Assert.That(query, Is.EqualTo(new[] { "live" }));
        Assert.That(queryAll, Is.EqualTo(new[] { "archived", "deleted", "live" }));
    }

    [Test]
    public async Task Query_BatchSizeOption_Should_BeSentAsHeader()
    {
        // Arrange: 500 users, batch size 250 → pages 250, 250.
        await StartEmulatorAsync();
        for (var i = 0; i < 500; i++)
        {
            Emulator.Store.Seed("User", new JsonObject { ["Name"] = $"Rep {i}" });
        }

        var client = CreateClient(options: new Http.SalesforceClientOptions { QueryBatchSize = 250 });

        // Act
        var pages = await client.QueryPagesAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Assert
        Assert.That(pages.Select(p => p.Records.Count), Is.EqualTo(new[] { 250, 250 }));
    }

    [Test]
    public void QueryPage_AbsoluteNextRecordsUrl_Should_BeRefusedSoTheTokenStaysHome()
    {
        // Arrange
        const string body = "{\"totalSize\":2,\"done\":false,\"nextRecordsUrl\":\"https://evil.example.com/steal\",\"records\":[]}";

        // Act / Assert
        Assert.That(() => Query.QueryPage.Parse(body), Throws.TypeOf<FormatException>().With.Message.Contains("evil.example.com"));
    }

    [TestCase(100)]
    [TestCase(2001)]
    public void Options_BatchSizeOutsideSalesforceRange_Should_BeRejected(int size)
    {
        Assert.That(() => new Http.SalesforceClientOptions { QueryBatchSize = size }.Validate(), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
