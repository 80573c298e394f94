using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// Client-credentials flow for a connected or external client app with a "Run As" user. It must go to the
/// org's My Domain: login.salesforce.com and test.salesforce.com answer "request not supported on this domain",
/// so we refuse those hosts up front with a clearer message.
/// </summary>
public sealed class ClientCredentialsAuthenticator : ISalesforceAuthenticator
{
    private readonly TokenEndpointClient _tokens;
    private readonly Uri _myDomainUrl;
    private readonly string _clientId;
    private readonly Secret _clientSecret;

    internal ClientCredentialsAuthenticator(TokenEndpointClient tokens, Uri myDomainUrl, string clientId, Secret clientSecret)
    {
        if (IsGenericLoginHost(myDomainUrl))
        {
            throw new ArgumentException(
                $"Client credentials must be sent to the org's My Domain (https://<name>.my.salesforce.com), not {myDomainUrl.Host}.",
                nameof(myDomainUrl));
        }

        _tokens = tokens;
        _myDomainUrl = myDomainUrl;
        _clientId = clientId;
        _clientSecret = clientSecret;
    }

    public static bool IsGenericLoginHost(Uri url) =>
        url.Host.Equals("login.salesforce.com", StringComparison.OrdinalIgnoreCase)
        || url.Host.Equals("test.salesforce.com", StringComparison.OrdinalIgnoreCase);

    public async Task<SalesforceSession> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new(OAuthFields.GrantType, OAuthFields.ClientCredentialsGrant),
            new(OAuthFields.ClientId, _clientId),
            new(OAuthFields.ClientSecret, _clientSecret.Reveal()),
        };
        var response = await _tokens.RequestTokenAsync(_myDomainUrl, form, retryable: true, cancellationToken).ConfigureAwait(false);
        return response.ToSession();
    }
}
