using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Auth;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// Sends REST requests with the current session. Logs in lazily, and on 401 INVALID_SESSION_ID logs in again
/// once and repeats the request (tokens have no expiry time we could check). Error statuses become
/// <see cref="SalesforceApiException"/>, the daily-limit error a <see cref="RequestLimitExceededException"/>.
/// </summary>
internal sealed class SalesforceRestTransport
{
    private readonly ResilientSender _sender;
    private readonly ISalesforceAuthenticator _authenticator;
    private readonly SemaphoreSlim _sessionLock = new(1, 1);
    private SalesforceSession? _session;

    public SalesforceRestTransport(ResilientSender sender, ISalesforceAuthenticator authenticator)
    {
        _sender = sender;
        _authenticator = authenticator;
    }

    public ApiCallCounter Counter => _sender.Counter;

    /// <summary>
    /// Sends a request and parses its answer (2xx, or 300 for an upsert with several matches). A 2xx that is not
    /// JSON, or JSON that <paramref name="parse"/> cannot read, becomes a <see cref="SalesforceTransportException"/>.
    /// </summary>
    /// <param name="emptyIsValid">True where Salesforce answers 204 with no body (single upsert before v46.0).</param>
    public async Task<T> SendAsync<T>(SalesforceRequestKind kind, HttpMethod method, string pathAndQuery, JsonNode? body,
        IReadOnlyDictionary<string, string>? headers, Func<RawResponse, T> parse, CancellationToken cancellationToken,
        bool emptyIsValid = false)
    {
        // A composite POST that only describes changes nothing, so it may be repeated like a GET.
        var idempotent = method != HttpMethod.Post || kind == SalesforceRequestKind.Describe;
        var session = await CurrentSessionAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendWithSessionAsync(session, kind, method, pathAndQuery, body, headers, idempotent, cancellationToken)
            .ConfigureAwait(false);

        if (response.StatusCode == 401 && ErrorBodyParser.ContainsErrorCode(response, SalesforceErrorCodes.InvalidSessionId))
        {
            session = await RenewSessionAsync(session, cancellationToken).ConfigureAwait(false);
            response = await SendWithSessionAsync(session, kind, method, pathAndQuery, body, headers, idempotent, cancellationToken)
                .ConfigureAwait(false);
        }

        if (!response.IsSuccess && response.StatusCode != 300)
        {
            throw ToException(method, pathAndQuery, response);
        }

        var uri = new Uri(session.InstanceUrl, pathAndQuery);
        if (emptyIsValid && response.Body.Trim().Length == 0)
        {
            return parse(response);
        }

        if (!IsJson(response))
        {
            throw SalesforceTransportException.NotJson(kind, uri, response.StatusCode, response.ContentType, response.Body);
        }

        try
        {
            return parse(response);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException
                                              or InvalidCastException or KeyNotFoundException)
        {
            throw new SalesforceTransportException(kind, uri.Host, "was answered with JSON of an unexpected shape: " + exception.Message, exception);
        }
    }

    private static bool IsJson(RawResponse response)
    {
        if (response.Body.Trim().Length == 0)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private Exception ToException(HttpMethod method, string pathAndQuery, RawResponse response)
    {
        var path = StripQuery(pathAndQuery);
        var errors = ErrorBodyParser.Parse(response.StatusCode, response.ContentType, response.Body);
        var exception = new SalesforceApiException(method.Method, path, response.StatusCode, errors);
        return exception.HasErrorCode(SalesforceErrorCodes.RequestLimitExceeded)
            ? new RequestLimitExceededException(method.Method, path, errors, Counter.LatestUsage)
            : exception;
    }

    private Task<RawResponse> SendWithSessionAsync(SalesforceSession session, SalesforceRequestKind kind, HttpMethod method, string pathAndQuery,
        JsonNode? body, IReadOnlyDictionary<string, string>? headers, bool idempotent, CancellationToken cancellationToken)
    {
        var uri = new Uri(session.InstanceUrl, pathAndQuery);
        var json = body?.ToJsonString();
        return _sender.SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken.Reveal());
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (headers is not null)
            {
                foreach (var header in headers)
                {
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            return request;
        }, idempotent, kind, cancellationToken);
    }

    private async Task<SalesforceSession> CurrentSessionAsync(CancellationToken cancellationToken)
    {
        var session = Volatile.Read(ref _session);
        return session ?? await RenewSessionAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // Only one caller logs in again; the others pick up the session it obtained.
    private async Task<SalesforceSession> RenewSessionAsync(SalesforceSession? stale, CancellationToken cancellationToken)
    {
        await _sessionLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_session is not null && !ReferenceEquals(_session, stale))
            {
                return _session;
            }

            _session = await _authenticator.AuthenticateAsync(cancellationToken).ConfigureAwait(false);
            return _session;
        }
        finally
        {
            _sessionLock.Release();
        }
    }

    private static string StripQuery(string pathAndQuery)
    {
        var index = pathAndQuery.IndexOf('?');
        return index < 0 ? pathAndQuery : pathAndQuery.Substring(0, index);
    }
}
