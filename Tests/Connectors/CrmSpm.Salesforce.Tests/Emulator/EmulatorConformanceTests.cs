using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Tests.Emulator;

/// <summary>
/// The emulator's raw wire shapes, without our client in between: token answers, query pages with Sforce-Limit-Info,
/// and error arrays of <c>errorCode</c> and <c>message</c> (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).
/// </summary>
public sealed class EmulatorConformanceTests : SalesforceTestBase
{
    private HttpClient _http = null!;

    [SetUp]
    public async Task Start()
    {
        await StartEmulatorAsync();
        _http = new HttpClient { BaseAddress = Emulator.BaseUrl };
    }

    [TearDown]
    public void StopHttp() => _http.Dispose();

    private async Task<string> TokenAsync()
    {
        var response = await _http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Emulator.Options.ClientId,
            ["client_secret"] = Emulator.Options.ClientSecret,
        }));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.ToString();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _http.SendAsync(request);
    }

    [Test]
    public async Task Data_WithoutToken_Should_Answer401InvalidSessionIdArray()
    {
        // Act
        var response = await GetAsync("/services/data/v66.0/query?q=SELECT+Id+FROM+User", token: null);

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Token"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));
    }

    [Test]
    public async Task Token_Success_Should_HaveNoExpiresInAndNoRefreshToken()
    {
        // Act
        var response = await _http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = Emulator.Options.ClientId, ["client_secret"] = Emulator.Options.ClientSecret,
        }));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        // Assert
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=UTF-8"));
        Assert.That(body.Select(p => p.Key), Is.EquivalentTo(new[] { "access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at" }));
        Assert.That(body["issued_at"]!.ToString(), Has.Length.EqualTo(13), "milliseconds, as a string");
    }

    [Test]
    public async Task Query_Answer_Should_CarryLimitInfoAndAttributesAndSalesforceDates()
    {
        // Arrange
        Emulator.Store.Seed("User", new JsonObject { ["Name"] = "Ana" });
        var token = await TokenAsync();

        // Act
        var response = await GetAsync("/services/data/v66.0/query?q=" + Uri.EscapeDataString("SELECT Id, Name, CreatedDate FROM User"), token);
        var record = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["records"]![0]!;

        // Assert
        Assert.That(response.Headers.GetValues("Sforce-Limit-Info").Single(), Is.EqualTo("api-usage=1/15000"));
        Assert.That(record["attributes"]!["type"]!.ToString(), Is.EqualTo("User"));
        Assert.That(record["attributes"]!["url"]!.ToString(), Does.StartWith("/services/data/v66.0/sobjects/User/005"));
        Assert.That(record["CreatedDate"]!.ToString(), Is.EqualTo("2026-11-20T09:00:00.000+0000"));
    }

    [TestCase("SELECT Id FROM User WHERE Name = 'unterminated", "MALFORMED_QUERY")]
    [TestCase("SELECT Nope FROM User", "INVALID_FIELD")]
    [TestCase("SELECT Id FROM Lead", "INVALID_TYPE")]
    public async Task Query_Bad_Should_Answer400WithErrorCode(string soql, string code)
    {
        // Act
        var response = await GetAsync("/services/data/v66.0/query?q=" + Uri.EscapeDataString(soql), await TokenAsync());
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())![0]!;

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error["errorCode"]!.ToString(), Is.EqualTo(code));
    }

    [Test]
    public async Task UnknownResource_Should_Answer404NotFound()
    {
        // Act
        var response = await GetAsync("/services/data/v66.0/sobjects/Whizbang/describe", await TokenAsync());

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"errorCode\":\"NOT_FOUND\""));
    }
}
