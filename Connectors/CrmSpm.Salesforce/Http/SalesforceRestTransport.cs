using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
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

    /// <summary>Sends a request; returns the response for 2xx and 300 (upsert with several matches).</summary>
    public async Task<RawResponse> SendAsync(HttpMethod method, string pathAndQuery, JsonNode? body,
        IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var idempotent = method != HttpMethod.Post;
        var session = await CurrentSessionAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendWithSessionAsync(session, method, pathAndQuery, body, headers, idempotent, cancellationToken)
            .ConfigureAwait(false);

        if (response.StatusCode == 401 && ErrorBodyParser.ContainsErrorCode(response, SalesforceErrorCodes.InvalidSessionId))
        {
            session = await RenewSessionAsync(session, cancellationToken).ConfigureAwait(false);
            response = await SendWithSessionAsync(session, method, pathAndQuery, body, headers, idempotent, cancellationToken)
                .ConfigureAwait(false);
        }

        if (response.IsSuccess || response.StatusCode == 300)
        {
            return response;
        }

        throw ToException(method, pathAndQuery, response);
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

    private Task<RawResponse> SendWithSessionAsync(SalesforceSession session, HttpMethod method, string pathAndQuery,
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
        }, idempotent, isAuthentication: false, cancellationToken);
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
