using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Emulator;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Query;

namespace CrmSpm.Salesforce.Tests.Client;

/// <summary>
/// What the token endpoint's answer means: only an OAuth error body (<c>error</c>, <c>error_description</c>) is a refused
/// login (exit code 3); a proxy's page, an error array or a 200 without a token means the login never reached Salesforce's
/// decision, a failure of the run (exit code 1). OAuth error format:
/// https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm&amp;type=5
/// </summary>
public sealed class LoginAnswerTests : SalesforceTestBase
{
    private Task<List<SObjectRecord>> QueryAsync() =>
        CreateClient(options: Options(maxRetries: 0)).QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync().AsTask();

    [Test]
    public async Task Login_502WithAProxysHtmlPage_Should_BeARunFailureNamingTheLogin_NotARefusal()
    {
        await StartEmulatorAsync();
        Emulator.Faults.RespondToLogin(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");

        Assert.That(async () => await QueryAsync(), Throws.TypeOf<SalesforceTransportException>().With.Message.EqualTo(
            "The login request to 127.0.0.1 was answered with status 502 and an HTML page (a proxy or sign-in page?) instead of Salesforce's JSON."));
    }

    [Test]
    public async Task Login_500WithAnOAuthErrorBody_Should_BeARefusal()
    {
        await StartEmulatorAsync();
        Emulator.Faults.RespondToLogin(500, Wire.JsonContentType, """{"error":"unknown_error","error_description":"retry your request"}""");

        var error = Assert.ThrowsAsync<SalesforceAuthenticationException>(QueryAsync);

        Assert.That((error!.Error, error.Description, error.HttpStatus), Is.EqualTo(("unknown_error", "retry your request", 500)));
    }

    [Test]
    public async Task Login_400WithAnOAuthErrorBody_Should_BeARefusal()
    {
        await StartEmulatorAsync();
        Emulator.Faults.RespondToLogin(400, Wire.JsonContentType, """{"error":"invalid_grant","error_description":"user hasn't approved this consumer"}""");

        Assert.That(async () => await QueryAsync(), Throws.TypeOf<SalesforceAuthenticationException>().With.Property(nameof(SalesforceAuthenticationException.Error)).EqualTo("invalid_grant"));
    }

    [Test]
    public async Task Login_404WithARestErrorArray_Should_BeAnApiErrorKeepingTheCode()
    {
        // A loginUrl that points at the REST API instead of the token host answers with REST's error array.
        await StartEmulatorAsync();
        Emulator.Faults.RespondToLogin(404, Wire.JsonContentType, """[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]""");

        var error = Assert.ThrowsAsync<SalesforceApiException>(QueryAsync);

        Assert.That((error!.HttpStatus, error.Path, error.HasErrorCode("NOT_FOUND")), Is.EqualTo((404, "/services/oauth2/token", true)));
    }

    [Test]
    public async Task Login_200WithoutAnAccessToken_Should_BeARunFailure_NotARefusal()
    {
        await StartEmulatorAsync();
        Emulator.Faults.RespondToLogin(200, Wire.JsonContentType, """{"status":"ok"}""");

        Assert.That(async () => await QueryAsync(), Throws.TypeOf<SalesforceTransportException>().With.Message.EqualTo(
            "The login request to 127.0.0.1 was answered with JSON of an unexpected shape: no access_token or no valid instance_url."));
    }

    [Test]
    public async Task Login_204WithNoBody_Should_SayThereWasNoBody()
    {
        await StartEmulatorAsync();
        Emulator.Faults.RespondToLogin(204, "", "");

        Assert.That(async () => await QueryAsync(), Throws.TypeOf<SalesforceTransportException>().With.Message.EqualTo(
            "The login request to 127.0.0.1 was answered with status 204 and no body instead of Salesforce's JSON."));
    }
}
