using System;
using System.Security.Cryptography;

namespace CrmSpm.Salesforce.Auth;

/// <summary>How to log in. One subtype per OAuth flow; <see cref="SalesforceClientFactory"/> picks the authenticator.</summary>
public abstract record AuthSettings(Uri TokenHost, string ClientId);

/// <summary>JWT bearer: <paramref name="TokenHost"/> is login/test.salesforce.com or My Domain; <paramref name="Audience"/> defaults to the token host.</summary>
public sealed record JwtBearerSettings(Uri TokenHost, string ClientId, string Username, RSA PrivateKey, string? Audience)
    : AuthSettings(TokenHost, ClientId);

/// <summary>Client credentials: <paramref name="TokenHost"/> must be the org's My Domain.</summary>
public sealed record ClientCredentialsSettings(Uri TokenHost, string ClientId, Secret ClientSecret)
    : AuthSettings(TokenHost, ClientId);

/// <summary>
/// Refresh token (client secret optional when the app does not require it). With refresh-token rotation on,
/// <paramref name="OnRefreshTokenRotated"/> receives each new token so that the owner can store it.
/// </summary>
public sealed record RefreshTokenSettings(Uri TokenHost, string ClientId, Secret? ClientSecret, Secret RefreshToken,
    Action<Secret>? OnRefreshTokenRotated = null)
    : AuthSettings(TokenHost, ClientId);
