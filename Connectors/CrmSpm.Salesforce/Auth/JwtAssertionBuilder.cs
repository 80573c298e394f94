using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// Builds the RS256-signed JWT of the OAuth 2.0 JWT bearer flow: <c>iss</c> = consumer key, <c>sub</c> =
/// username, <c>aud</c> = login host, <c>exp</c> = now + 3 minutes (Salesforce rejects longer lifetimes).
/// </summary>
public sealed class JwtAssertionBuilder
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    private readonly TimeProvider _clock;

    public JwtAssertionBuilder(TimeProvider clock)
    {
        _clock = clock;
    }

    public string Build(string clientId, string username, string audience, RSA privateKey)
    {
        var header = new JsonObject { ["alg"] = "RS256" };
        var claims = new JsonObject
        {
            ["iss"] = clientId,
            ["sub"] = username,
            ["aud"] = audience,
            ["exp"] = _clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds(),
        };

        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "."
            + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = privateKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
