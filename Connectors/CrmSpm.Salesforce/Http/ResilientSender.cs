using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// Sends one logical request through the retry pipeline, counts every attempt, reads the body and the
/// daily-usage header, and writes one log line per attempt (path without query string, never a header).
/// </summary>
internal sealed class ResilientSender
{
    private readonly HttpClient _http;
    private readonly SalesforceClientOptions _options;
    private readonly ApiCallCounter _counter;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<RawResponse> _idempotentPipeline;
    private readonly ResiliencePipeline<RawResponse> _nonIdempotentPipeline;

    public ResilientSender(HttpClient http, SalesforceClientOptions options, ApiCallCounter counter,
        TimeProvider timeProvider, Func<double>? randomizer = null)
    {
        _http = http;
        _options = options;
        _counter = counter;
        _timeProvider = timeProvider;
        _idempotentPipeline = RetryPipelineFactory.Create(options, idempotent: true, timeProvider, randomizer);
        _nonIdempotentPipeline = RetryPipelineFactory.Create(options, idempotent: false, timeProvider, randomizer);
    }

    public ApiCallCounter Counter => _counter;

    public async Task<RawResponse> SendAsync(Func<HttpRequestMessage> createRequest, bool idempotent,
        SalesforceRequestKind kind, CancellationToken cancellationToken)
    {
        var pipeline = idempotent ? _idempotentPipeline : _nonIdempotentPipeline;
        return await Named(kind, createRequest, () => pipeline.ExecuteAsync(
            async token => await SendOnceAsync(createRequest, kind, token).ConfigureAwait(false),
            cancellationToken).AsTask()).ConfigureAwait(false);
    }

    /// <summary>
    /// One attempt, no retry of any kind: for requests whose replay does harm even when the first answer was
    /// an error (a rotated refresh token replayed after the server committed the rotation revokes the grant).
    /// </summary>
    public Task<RawResponse> SendWithoutRetryAsync(Func<HttpRequestMessage> createRequest, SalesforceRequestKind kind,
        CancellationToken cancellationToken) =>
        Named(kind, createRequest, () => SendOnceAsync(createRequest, kind, cancellationToken));

    // After the retries: a dropped connection or a timeout becomes an error that names the request and the host.
    private async Task<RawResponse> Named(SalesforceRequestKind kind, Func<HttpRequestMessage> createRequest, Func<Task<RawResponse>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            using var request = createRequest();
            throw SalesforceTransportException.NotConnected(kind, request.RequestUri!, exception);
        }
        catch (TimeoutException exception)
        {
            using var request = createRequest();
            throw new SalesforceTransportException(kind, request.RequestUri!.Host, string.Create(CultureInfo.InvariantCulture,
                $"got no answer within {_options.RequestTimeout.TotalSeconds:0} s (requestTimeoutSeconds in the config)"), exception);
        }
    }

    private async Task<RawResponse> SendOnceAsync(Func<HttpRequestMessage> createRequest, SalesforceRequestKind kind,
        CancellationToken token)
    {
        using var request = createRequest();
        if (kind == SalesforceRequestKind.Login)
        {
            _counter.CountAuthenticationCall();
        }
        else
        {
            _counter.CountApiCall();
        }

        // The per-attempt timeout runs on the injected TimeProvider like the backoff: the system clock in
        // production, and in tests a clock the test moves, so a timeout never depends on how busy the machine is.
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(token, timeout.Token);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token)
                .ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(attempt.Token).ConfigureAwait(false);
            var usage = response.Headers.TryGetValues(ApiUsage.HeaderName, out var values)
                ? ApiUsage.TryParse(values.FirstOrDefault())
                : null;
            _counter.Observe(usage);
            _options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{request.Method} {request.RequestUri?.AbsolutePath} -> {(int)response.StatusCode} in {stopwatch.ElapsedMilliseconds} ms"));
            return new RawResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body,
                response.Headers.RetryAfter?.Delta);
        }
        catch (OperationCanceledException exception) when (!token.IsCancellationRequested)
        {
            // Our per-attempt timeout or HttpClient's own Timeout; the caller did not cancel.
            throw new TimeoutException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{request.Method} {request.RequestUri?.AbsolutePath} got no answer within {_options.RequestTimeout.TotalSeconds:0} s."),
                exception);
        }
    }
}
