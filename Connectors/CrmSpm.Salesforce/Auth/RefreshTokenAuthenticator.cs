using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// Refresh-token flow. With refresh-token rotation on, Salesforce returns a new refresh token each time and
/// invalidates the old one, so we switch to it and tell the owner through <see cref="RefreshTokenRotated"/>
/// (reusing a rotated-out token would revoke the whole grant).
/// </summary>
public sealed class RefreshTokenAuthenticator : ISalesforceAuthenticator
{
    private readonly TokenEndpointClient _tokens;
    private readonly Uri _loginUrl;
    private readonly string _clientId;
    private readonly Secret? _clientSecret;
    private Secret _refreshToken;

    internal RefreshTokenAuthenticator(TokenEndpointClient tokens, Uri loginUrl, string clientId, Secret? clientSecret,
        Secret refreshToken)
    {
        _tokens = tokens;
        _loginUrl = loginUrl;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _refreshToken = refreshToken;
    }

    public event Action<Secret>? RefreshTokenRotated;

    public async Task<SalesforceSession> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new(OAuthFields.GrantType, OAuthFields.RefreshTokenGrant),
            new(OAuthFields.RefreshToken, _refreshToken.Reveal()),
            new(OAuthFields.ClientId, _clientId),
        };
        if (_clientSecret is not null)
        {
            form.Add(new(OAuthFields.ClientSecret, _clientSecret.Reveal()));
        }

        var response = await _tokens.RequestTokenAsync(_loginUrl, form, retryable: false, cancellationToken).ConfigureAwait(false);
        if (response.RefreshToken is { } rotated && rotated.Reveal() != _refreshToken.Reveal())
        {
            _refreshToken = rotated;
            RefreshTokenRotated?.Invoke(rotated);
        }

        return response.ToSession();
    }
}
