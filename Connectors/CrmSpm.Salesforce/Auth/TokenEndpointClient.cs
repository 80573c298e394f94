using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// POSTs a form to <c>/services/oauth2/token</c>. Credentials travel only in the form body, never in the URL
/// (the old toolkit put the client secret and refresh token in the query string).
/// </summary>
internal sealed class TokenEndpointClient
{
    private readonly ResilientSender _sender;

    public TokenEndpointClient(ResilientSender sender)
    {
        _sender = sender;
    }

    /// <param name="retryable">
    /// True for grants that can be replayed safely (JWT bearer, client credentials: each request just mints
    /// another access token), so timeouts and 503s are retried. False for the refresh-token grant: with
    /// rotation on, the server may have committed a rotation whose answer we never saw, and replaying the old
    /// token then revokes the whole grant. A failed login only fails this run; a revoked grant needs a person.
    /// </param>
    public async Task<TokenResponse> RequestTokenAsync(Uri host, IReadOnlyList<KeyValuePair<string, string>> form,
        bool retryable, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(host, OAuthFields.TokenPath);
        HttpRequestMessage CreateRequest() => new(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        var response = retryable
            ? await _sender.SendAsync(CreateRequest, idempotent: true, SalesforceRequestKind.Login, cancellationToken).ConfigureAwait(false)
            : await _sender.SendWithoutRetryAsync(CreateRequest, SalesforceRequestKind.Login, cancellationToken).ConfigureAwait(false);

        var json = TryParseObject(response.Body);
        if (response.IsSuccess && json is null)
        {
            throw SalesforceTransportException.NotJson(SalesforceRequestKind.Login, endpoint, response.StatusCode, response.ContentType, response.Body);
        }

        if (!response.IsSuccess || json is null)
        {
            throw Failure(response, json);
        }

        var accessToken = ReadString(json, OAuthFields.AccessToken);
        var instanceUrl = ReadString(json, OAuthFields.InstanceUrl);
        if (accessToken is null || !Uri.TryCreate(instanceUrl, UriKind.Absolute, out var instance))
        {
            throw new SalesforceAuthenticationException("invalid_token_response",
                "the token response has no access_token or no valid instance_url", response.StatusCode);
        }

        var refresh = ReadString(json, OAuthFields.RefreshToken);
        return new TokenResponse(new Secret(accessToken), instance, refresh is null ? null : new Secret(refresh));
    }

    private static SalesforceAuthenticationException Failure(RawResponse response, JsonObject? json)
    {
        if (json is not null && ReadString(json, OAuthFields.Error) is { } error)
        {
            return new SalesforceAuthenticationException(error, ReadString(json, OAuthFields.ErrorDescription) ?? string.Empty,
                response.StatusCode);
        }

        var errors = ErrorBodyParser.Parse(response.StatusCode, response.ContentType, response.Body);
        var first = errors.Count > 0 ? errors[0] : new SalesforceError("UNKNOWN", "empty response", Array.Empty<string>());
        return new SalesforceAuthenticationException(first.Code, first.Message, response.StatusCode);
    }

    private static JsonObject? TryParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
