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
        if (!response.IsSuccess)
        {
            throw Failure(endpoint, response, json);
        }

        if (json is null)
        {
            throw SalesforceTransportException.NotJson(SalesforceRequestKind.Login, endpoint, response.StatusCode, response.ContentType, response.Body);
        }

        var accessToken = ReadString(json, OAuthFields.AccessToken);
        var instanceUrl = ReadString(json, OAuthFields.InstanceUrl);
        if (accessToken is null || !Uri.TryCreate(instanceUrl, UriKind.Absolute, out var instance))
        {
            // Not a refusal: something other than Salesforce's token endpoint answered (a proxy, a wrong URL).
            throw new SalesforceTransportException(SalesforceRequestKind.Login, endpoint.Host,
                "was answered with JSON of an unexpected shape: no access_token or no valid instance_url");
        }

        var refresh = ReadString(json, OAuthFields.RefreshToken);
        return new TokenResponse(new Secret(accessToken), instance, refresh is null ? null : new Secret(refresh));
    }

    /// <summary>
    /// Only an OAuth error body (<c>{"error": …, "error_description": …}</c>, whatever the status) is a refused login.
    /// Anything else at an error status, such as a proxy's or a maintenance HTML page at 502, means the login did not
    /// reach Salesforce's decision: a failure of the run, not of the credentials.
    /// https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm&type=5
    /// </summary>
    private static Exception Failure(Uri endpoint, RawResponse response, JsonObject? json)
    {
        if (json is not null && ReadString(json, OAuthFields.Error) is { } error)
        {
            return new SalesforceAuthenticationException(error, ReadString(json, OAuthFields.ErrorDescription) ?? string.Empty,
                response.StatusCode);
        }

        if (TryParse(response.Body) is null)
        {
            return SalesforceTransportException.NotJson(SalesforceRequestKind.Login, endpoint, response.StatusCode, response.ContentType, response.Body);
        }

        return new SalesforceApiException(HttpMethod.Post.Method, endpoint.AbsolutePath, response.StatusCode,
            ErrorBodyParser.Parse(response.StatusCode, response.ContentType, response.Body));
    }

    private static JsonObject? TryParseObject(string body) => TryParse(body) as JsonObject;

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
