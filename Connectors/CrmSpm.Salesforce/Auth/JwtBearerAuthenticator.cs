using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// JWT bearer flow: no secret is sent, only an assertion signed with the private key whose certificate is on
/// the connected app. The user must be pre-authorized (permission set or profile) or Salesforce answers
/// "user hasn't approved this consumer".
/// </summary>
public sealed class JwtBearerAuthenticator : ISalesforceAuthenticator
{
    private readonly TokenEndpointClient _tokens;
    private readonly JwtAssertionBuilder _assertions;
    private readonly Uri _loginUrl;
    private readonly string _audience;
    private readonly string _clientId;
    private readonly string _username;
    private readonly RSA _privateKey;

    internal JwtBearerAuthenticator(TokenEndpointClient tokens, JwtAssertionBuilder assertions, Uri loginUrl,
        string? audience, string clientId, string username, RSA privateKey)
    {
        _tokens = tokens;
        _assertions = assertions;
        _loginUrl = loginUrl;
        _audience = audience ?? loginUrl.GetLeftPart(UriPartial.Authority);
        _clientId = clientId;
        _username = username;
        _privateKey = privateKey;
    }

    public async Task<SalesforceSession> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new(OAuthFields.GrantType, OAuthFields.JwtBearerGrant),
            new(OAuthFields.Assertion, _assertions.Build(_clientId, _username, _audience, _privateKey)),
        };
        var response = await _tokens.RequestTokenAsync(_loginUrl, form, retryable: true, cancellationToken).ConfigureAwait(false);
        return response.ToSession();
    }
}
