using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Tests.Client;

/// <summary>
/// Answers that are not Salesforce's (a proxy's HTML page, an empty 204, JSON of another shape), no answer and no
/// connection: each becomes one plain error naming the request and the public host, never an address:port or a token.
/// </summary>
public sealed class UnexpectedAnswerTests : SalesforceTestBase
{
    [Test]
    public async Task Query_200WithAProxysHtmlPage_Should_SayWhichRequestGotHtml()
    {
        await StartEmulatorAsync();
        Emulator.Faults.HtmlPage(200, "Corporate proxy: sign in");

        Assert.That(async () => await CreateClient().QueryAsync("SELECT Id FROM Account", false, CancellationToken.None).ToListAsync(),
            Throws.TypeOf<SalesforceTransportException>().With.Message.EqualTo(
                "The query request to 127.0.0.1 was answered with status 200 and an HTML page (a proxy or sign-in page?) instead of Salesforce's JSON."));
    }

    [Test]
    public async Task Query_204WithNoBody_Should_SayThereWasNoBody()
    {
        await StartEmulatorAsync();
        Emulator.Faults.Respond(204, "", "");

        Assert.That(async () => await CreateClient().QueryAsync("SELECT Id FROM Account", false, CancellationToken.None).ToListAsync(),
            Throws.TypeOf<SalesforceTransportException>().With.Message.EqualTo(
                "The query request to 127.0.0.1 was answered with status 204 and no body instead of Salesforce's JSON."));
    }

    [Test]
    public async Task Write_200WithJsonOfAnotherShape_Should_SayTheShapeIsUnexpected()
    {
        await StartEmulatorAsync();
        Emulator.Faults.Respond(200, Wire.JsonContentType, "{\"status\":\"ok\"}");

        Assert.That(async () => await CreateClient().Collections.CreateAsync("Account", new[] { new JsonObject { ["Name"] = "Acme" } }, CancellationToken.None),
            Throws.TypeOf<SalesforceTransportException>().With.Message.StartsWith("The write request to 127.0.0.1 was answered with JSON of an unexpected shape: "));
    }

    [Test]
    public async Task Login_NothingListening_Should_NameTheLoginAndTheHostWithoutItsPort()
    {
        // Arrange: a port that was free a moment ago, so the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var auth = new ClientCredentialsSettings(new Uri($"http://127.0.0.1:{port}"), "client", new Secret("s3cret-value"));

        // Act
        var error = Assert.ThrowsAsync<SalesforceTransportException>(async () =>
            await CreateClient(auth, Options(maxRetries: 0)).QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(error!.Message, Is.EqualTo("The login request to 127.0.0.1 failed: the connection was refused (is the URL right, is the server up?)."));
        Assert.That(error.Message, Does.Not.Contain(port.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Not.Contain("s3cret"));
    }

    [Test]
    public async Task Query_ServerHangs_Should_TryOnceMoreThenNameTheTimeout()
    {
        // Arrange: the default timeout (60 s); the server never answers.
        await StartEmulatorAsync();
        Emulator.Faults.Hang(times: 2);
        var options = new SalesforceClientOptions { MaxRetries = 4 };
        Assert.That(options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(60)));
        var query = CreateClient(options: options).QueryAsync("SELECT Id FROM Account", false, CancellationToken.None).ToListAsync().AsTask();

        // Act: let each attempt time out.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await WaitForAsync(() => Emulator.Stats.DataRequests == attempt + 1);
            Time.Advance(TimeSpan.FromSeconds(61));
        }

        // Assert: two attempts (four retries allowed, but a timeout is retried once), then one plain error.
        Assert.That(async () => await query, Throws.TypeOf<SalesforceTransportException>().With.Message.EqualTo(
            "The query request to 127.0.0.1 got no answer within 60 s (requestTimeoutSeconds in the config)."));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(2));
    }

    [Test]
    public async Task CollectionUpdate_WithAnIdOfAnotherObject_Should_FailThatItemAsSalesforceDoes()
    {
        // Arrange: update answers of https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm
        await StartEmulatorAsync();
        var account = Emulator.Store.Insert("Account", new JsonObject { ["Name"] = "Acme" });
        var client = CreateClient();

        // Act
        var results = await client.Collections.UpdateAsync("Account", new[]
        {
            new JsonObject { ["Id"] = "003000000000001AAA", ["Name"] = "A contact's id" },
            new JsonObject { ["Id"] = account, ["Name"] = "Acme Ltd" },
        }, CancellationToken.None);

        // Assert
        Assert.That(results.Select(r => r.Success), Is.EqualTo(new[] { false, true }));
        Assert.That(results[0].Errors.Single(), Has.Property("Code").EqualTo("MALFORMED_ID").And.Property("Fields").EqualTo(new[] { "Id" }));
        Assert.That(results[0].Errors.Single().Message, Is.EqualTo("Account ID: id value of incorrect type: 003000000000001AAA"));
        Assert.That(results[0].Id, Is.EqualTo("003000000000001AAA"), "a failed update keeps its id");
        Assert.That(Emulator.Store.Find("Account", account)!["Name"]!.ToString(), Is.EqualTo("Acme Ltd"));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // Only guards a broken test; the clock that matters is the test's own.
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
