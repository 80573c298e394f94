using System;
using System.Net.Http;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce;

/// <summary>Wires the client: one HttpClient, one retry pipeline, one call counter shared by login and REST calls.</summary>
public static class SalesforceClientFactory
{
    /// <param name="randomizer">Jitter source for the retry backoff; tests pass a fixed one.</param>
    public static SalesforceClient Create(HttpClient http, AuthSettings auth, SalesforceClientOptions options,
        TimeProvider timeProvider, Func<double>? randomizer = null)
    {
        options.Validate();
        var sender = new ResilientSender(http, options, new ApiCallCounter(), timeProvider, randomizer);
        var authenticator = CreateAuthenticator(auth, new TokenEndpointClient(sender), timeProvider);
        return new SalesforceClient(new SalesforceRestTransport(sender, authenticator), options, timeProvider);
    }

    private static ISalesforceAuthenticator CreateAuthenticator(AuthSettings auth, TokenEndpointClient tokens, TimeProvider clock) =>
        auth switch
        {
            JwtBearerSettings jwt => new JwtBearerAuthenticator(tokens, new JwtAssertionBuilder(clock), jwt.TokenHost,
                jwt.Audience, jwt.ClientId, jwt.Username, jwt.PrivateKey),
            ClientCredentialsSettings cc => new ClientCredentialsAuthenticator(tokens, cc.TokenHost, cc.ClientId, cc.ClientSecret),
            RefreshTokenSettings refresh => CreateRefreshAuthenticator(refresh, tokens),
            _ => throw new ArgumentException($"Unsupported authentication settings {auth.GetType().Name}.", nameof(auth)),
        };

    private static RefreshTokenAuthenticator CreateRefreshAuthenticator(RefreshTokenSettings settings, TokenEndpointClient tokens)
    {
        var authenticator = new RefreshTokenAuthenticator(tokens, settings.TokenHost, settings.ClientId, settings.ClientSecret,
            settings.RefreshToken);
        if (settings.OnRefreshTokenRotated is { } onRotated)
        {
            authenticator.RefreshTokenRotated += onRotated;
        }

        return authenticator;
    }
}
