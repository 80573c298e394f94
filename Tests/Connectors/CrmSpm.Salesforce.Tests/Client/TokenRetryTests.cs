using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Client;

/// <summary>
/// Which logins are retried after a 503 or a dropped connection: JWT bearer and client credentials can be
/// replayed safely; the refresh-token grant must not be (a replay after a committed rotation revokes the grant).
/// </summary>
public sealed class TokenRetryTests : SalesforceTestBase
{
    private const string TokenAnswer = """{"access_token":"00Dstub!AQ1.token","instance_url":"https://example.my.salesforce.com","token_type":"Bearer"}""";
    private const string EmptyQueryAnswer = """{"totalSize":0,"done":true,"records":[]}""";
    private const string ServiceUnavailablePage = "<html><head><title>Service Unavailable</title></head><body>Down</body></html>";
    private static readonly Uri Host = new("https://example.my.salesforce.com");

    [Test]
    public void RefreshTokenGrant_ServiceUnavailable_Should_FailWithoutSendingTheTokenAgain()
    {
        // Arrange: a 503, then an answer a retry would get.
        var stub = new StubHandler().Respond(503, ServiceUnavailablePage, "text/html").Respond(200, TokenAnswer).Respond(200, EmptyQueryAnswer);
        var client = CreateStubClient(stub, auth: new RefreshTokenSettings(Host, "client", null, new Secret("5Aep861.refresh")));

        // Act
        var error = Assert.ThrowsAsync<SalesforceTransportException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert: the refresh token went out once; the maintenance page fails the run (not a refused login).
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
        Assert.That(error!.Message, Does.StartWith("The login request to example.my.salesforce.com was answered with status 503 and an HTML page"));
    }

    [Test]
    public void RefreshTokenGrant_ConnectionDropped_Should_FailWithoutSendingTheTokenAgain()
    {
        // Arrange: the connection drops after the request left (the server may have rotated the token).
        var stub = new StubHandler().Drop().Respond(200, TokenAnswer).Respond(200, EmptyQueryAnswer);
        var client = CreateStubClient(stub, auth: new RefreshTokenSettings(Host, "client", null, new Secret("5Aep861.refresh")));

        // Act
        var error = Assert.ThrowsAsync<SalesforceTransportException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert: one request, and an error that names the request and the public host only.
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
        Assert.That(error!.Message, Is.EqualTo("The login request to example.my.salesforce.com failed: the connection could not be made."));
        Assert.That(error.InnerException, Is.TypeOf<HttpRequestException>());
    }

    [Test]
    public async Task ClientCredentialsGrant_ConnectionDropped_Should_BeRetried()
    {
        // Arrange
        var stub = new StubHandler().Drop().Respond(200, TokenAnswer).Respond(200, EmptyQueryAnswer);
        var client = CreateStubClient(stub, auth: new ClientCredentialsSettings(Host, "client", new Secret("stub-secret")));

        // Act
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Assert: two token posts (the dropped one and its retry), then the query.
        Assert.That(stub.Requests.Select(r => r.Uri.AbsolutePath),
            Is.EqualTo(new[] { "/services/oauth2/token", "/services/oauth2/token", "/services/data/v66.0/query" }));
    }

    [Test]
    public async Task JwtBearerGrant_ServiceUnavailable_Should_BeRetried()
    {
        // Arrange
        var stub = new StubHandler().Respond(503, ServiceUnavailablePage, "text/html").Respond(200, TokenAnswer).Respond(200, EmptyQueryAnswer);
        using var key = NewRsaKey();
        var client = CreateStubClient(stub, auth: new JwtBearerSettings(Host, "client", "rep@example.com", key, null));

        // Act
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Assert
        Assert.That(stub.Requests.Count(r => r.Uri.AbsolutePath == "/services/oauth2/token"), Is.EqualTo(2));
    }
}
