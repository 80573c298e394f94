using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// <c>POST /services/oauth2/token</c> for the JWT bearer, client-credentials and refresh-token grants,
/// answering as Salesforce does: no refresh_token for server-to-server flows, no expires_in,
/// <c>{"error","error_description"}</c> with 400 on failure
/// (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm&amp;type=5).
/// </summary>
internal sealed class TokenHandler
{
    private readonly EmulatorOptions _options;
    private readonly HashSet<string> _validTokens;
    private readonly Func<string> _instanceUrl;
    private int _issued;
    private string _refreshToken;

    public TokenHandler(EmulatorOptions options, HashSet<string> validTokens, Func<string> instanceUrl)
    {
        _options = options;
        _validTokens = validTokens;
        _instanceUrl = instanceUrl;
        _refreshToken = options.RefreshToken;
    }

    public List<IFormCollection> ReceivedForms { get; } = new();

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await OAuthErrorAsync(context, "invalid_request", "must use application/x-www-form-urlencoded");
            return;
        }

        var form = await context.Request.ReadFormAsync();
        lock (ReceivedForms)
        {
            ReceivedForms.Add(form);
        }

        var error = form["grant_type"].ToString() switch
        {
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => CheckAssertion(form["assertion"].ToString()),
            "client_credentials" => form["client_id"] == _options.ClientId && form["client_secret"] == _options.ClientSecret
                ? null : ("invalid_client", "invalid client credentials"),
            "refresh_token" => form["client_id"] == _options.ClientId && form["refresh_token"] == _refreshToken
                ? null : ("invalid_grant", "expired access/refresh token"),
            _ => ("unsupported_grant_type", "grant type not supported"),
        };
        if (error is { } e)
        {
            await OAuthErrorAsync(context, e.Item1, e.Item2);
            return;
        }

        var token = $"00DEMULATOR!AQ{Interlocked.Increment(ref _issued)}.{Guid.NewGuid():N}";
        lock (_validTokens)
        {
            _validTokens.Add(token);
        }

        var response = new JsonObject
        {
            ["access_token"] = token,
            ["signature"] = "c2lnbmF0dXJl",
            ["scope"] = "api",
            ["instance_url"] = _instanceUrl(),
            ["id"] = "https://login.salesforce.com/id/00DEMULATOR000000AAA/005000000000000AAA",
            ["token_type"] = "Bearer",
            ["issued_at"] = _options.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        if (form["grant_type"] == "refresh_token" && _options.RotateRefreshTokens)
        {
            _refreshToken = "5Aep861rotated." + Guid.NewGuid().ToString("N");
            response["refresh_token"] = _refreshToken;
        }

        await Wire.WriteJsonAsync(context, 200, response);
    }

    private (string, string)? CheckAssertion(string assertion)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return ("invalid_grant", "invalid assertion");
        }

        if (_options.JwtPublicKey is { } key && !key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
                FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return ("invalid_grant", "invalid assertion");
        }

        var header = JsonNode.Parse(FromBase64Url(parts[0]))!;
        var claims = JsonNode.Parse(FromBase64Url(parts[1]))!;
        if (header["alg"]?.ToString() != "RS256")
        {
            return ("invalid_grant", "invalid assertion");
        }

        if (claims["iss"]?.ToString() != _options.ClientId)
        {
            return ("invalid_client_id", "client identifier invalid");
        }

        if (claims["sub"]?.ToString() != _options.Username)
        {
            return ("invalid_grant", "user hasn't approved this consumer");
        }

        var exp = claims["exp"]?.GetValue<long>() ?? 0;
        var now = _options.Clock.GetUtcNow().ToUnixTimeSeconds();
        return exp <= now || exp > now + 300 ? ("invalid_grant", "expired authorization code") : null;
    }

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }

    private static Task OAuthErrorAsync(HttpContext context, string error, string description) =>
        Wire.WriteJsonAsync(context, 400, new JsonObject { ["error"] = error, ["error_description"] = description });
}
