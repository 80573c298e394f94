using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Emulator;

namespace CrmSpm.Salesforce.Tests.Client;

public sealed class AuthenticationTests : SalesforceTestBase
{
    [Test]
    public async Task JwtBearer_KeyRegisteredWithTheApp_Should_LogInAndQuery()
    {
        // Arrange: the emulator verifies the RS256 signature with the public half of the key.
        using var key = NewRsaKey();
        using var publicKey = RSA.Create(key.ExportParameters(false));
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, JwtPublicKey = publicKey });
        Emulator.Store.Seed("User", new JsonObject { ["Name"] = "Ana Rep" });
        var auth = new JwtBearerSettings(Emulator.BaseUrl, Emulator.Options.ClientId, Emulator.Options.Username, key, null);
        var client = CreateClient(auth);

        // Act
        var names = await client.QueryAsync("SELECT Name FROM User", false, CancellationToken.None).Select(r => r.GetString("Name")).ToListAsync();

        // Assert
        Assert.That(names, Is.EqualTo(new[] { "Ana Rep" }));
        Assert.That(Emulator.TokenForms.Single()["grant_type"].ToString(), Is.EqualTo("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    }

    [Test]
    public void JwtAssertion_Claims_Should_NameAppUserAudienceAndExpireInThreeMinutes()
    {
        // Arrange
        using var key = NewRsaKey();
        var builder = new JwtAssertionBuilder(Time);

        // Act
        var parts = builder.Build("consumer-key", "rep@example.com", "https://login.salesforce.com", key).Split('.');
        var header = JsonNode.Parse(FromBase64Url(parts[0]))!;
        var claims = JsonNode.Parse(FromBase64Url(parts[1]))!;

        // Assert: exp = Now (2026-11-20T09:00:00Z = 1795165200) + 180 s.
        Assert.That(header.ToJsonString(), Is.EqualTo("{\"alg\":\"RS256\"}"));
        Assert.That(claims["iss"]!.ToString(), Is.EqualTo("consumer-key"));
        Assert.That(claims["sub"]!.ToString(), Is.EqualTo("rep@example.com"));
        Assert.That(claims["aud"]!.ToString(), Is.EqualTo("https://login.salesforce.com"));
        Assert.That(claims["exp"]!.GetValue<long>(), Is.EqualTo(Now.ToUnixTimeSeconds() + 180));
        Assert.That(key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), Is.True);
    }

    [Test]
    public async Task JwtBearer_WrongKey_Should_FailWithInvalidGrant()
    {
        // Arrange
        using var registered = NewRsaKey();
        using var other = NewRsaKey();
        using var publicKey = RSA.Create(registered.ExportParameters(false));
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, JwtPublicKey = publicKey });
        var client = CreateClient(new JwtBearerSettings(Emulator.BaseUrl, Emulator.Options.ClientId, Emulator.Options.Username, other, null));

        // Act
        var exception = Assert.ThrowsAsync<SalesforceAuthenticationException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.Error, Is.EqualTo("invalid_grant"));
    }

    [Test]
    public void ClientCredentials_GenericLoginHost_Should_BeRefusedBeforeAnyCall()
    {
        // Arrange
        var auth = new ClientCredentialsSettings(new Uri("https://login.salesforce.com"), "id", new Secret("secret"));

        // Act / Assert
        Assert.That(() => SalesforceClientFactory.Create(new HttpClient(), auth, Options(), Time),
            Throws.ArgumentException.With.Message.Contains("My Domain"));
    }

    [Test]
    public async Task ClientCredentials_WrongSecret_Should_FailWithoutEchoingTheSecret()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient(new ClientCredentialsSettings(Emulator.BaseUrl, Emulator.Options.ClientId, new Secret("not-the-secret")));

        // Act
        var exception = Assert.ThrowsAsync<SalesforceAuthenticationException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.Error, Is.EqualTo("invalid_client"));
        Assert.That(exception.ToString(), Does.Not.Contain("not-the-secret"));
    }

    [Test]
    public async Task RefreshToken_RotationOn_Should_UseAndReportTheNewToken()
    {
        // Arrange
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, RotateRefreshTokens = true });
        var rotated = new List<string>();
        var auth = new RefreshTokenSettings(Emulator.BaseUrl, Emulator.Options.ClientId, null,
            new Secret(Emulator.Options.RefreshToken), s => rotated.Add(s.Reveal()));
        var client = CreateClient(auth);

        // Act: log in, expire the session, query again (second refresh must use the rotated token).
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();
        Emulator.ExpireSessions();
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Assert
        Assert.That(rotated, Has.Count.EqualTo(2));
        Assert.That(Emulator.TokenForms[1]["refresh_token"].ToString(), Is.EqualTo(rotated[0]));
    }

    [Test]
    public async Task ExpiredSession_MidRun_Should_ReauthenticateOnceAndCarryOn()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Act
        Emulator.ExpireSessions();
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Assert: 2 logins; 3 data requests (query, rejected query, repeated query).
        Assert.That(Emulator.Stats.TokenRequests, Is.EqualTo(2));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(3));
        Assert.That(client.Calls.Total, Is.EqualTo(5));
    }

    [Test]
    public async Task ExpiredSession_FiveParallelQueries_Should_LogInAgainOnlyOnce()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();
        Emulator.ExpireSessions();

        // Act
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync().AsTask()));

        // Assert: the first login plus one renewal shared by all five.
        Assert.That(Emulator.Stats.TokenRequests, Is.EqualTo(2));
    }

    [Test]
    public async Task Secrets_AfterLoginsAndQueries_Should_NeverAppearInUrlsLogsOrToString()
    {
        // Arrange
        await StartEmulatorAsync();
        var client = CreateClient();
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();
        Emulator.ExpireSessions();
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();
        var tokens = Emulator.Stats.ReceivedAuthorizationHeaders.Select(h => h["Bearer ".Length..]).Where(t => t.Length > 0).ToList();
        var secrets = tokens.Append(Emulator.Options.ClientSecret).ToList();

        // Act
        var everythingVisible = string.Join("\n", LogLines.Concat(Emulator.Stats.ReceivedUrls)
            .Append(new SalesforceSession(new Secret(tokens[0]), Emulator.BaseUrl).ToString()));

        // Assert
        Assert.That(tokens, Is.Not.Empty);
        foreach (var secret in secrets)
        {
            Assert.That(everythingVisible, Does.Not.Contain(secret));
        }

        Assert.That(Emulator.TokenForms[0]["client_secret"].ToString(), Is.EqualTo(Emulator.Options.ClientSecret));
    }

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}
