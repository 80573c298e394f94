using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// Builds the Polly retry pipelines: jittered exponential backoff, delays on the injected TimeProvider.
/// Retried: 503 and 429 (Salesforce did not process the request), UNABLE_TO_LOCK_ROW (rejected, another
/// transaction held the row). Timeouts, dropped connections, 502 and 504 are retried only for idempotent
/// requests, because the server may already have committed a create we can no longer see.
/// </summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline<RawResponse> Create(
        SalesforceClientOptions options, bool idempotent, TimeProvider timeProvider, Func<double>? randomizer)
    {
        var retry = new RetryStrategyOptions<RawResponse>
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            // A timeout is retried once: a server that hung twice is unlikely to answer a third time, and each
            // attempt holds the run for a whole RequestTimeout.
            ShouldHandle = args => new ValueTask<bool>(options.MaxRetries > 0 && IsTransient(args.Outcome, idempotent)
                && (args.Outcome.Exception is not TimeoutException || args.AttemptNumber == 0)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome, options.RetryMaxDelay)),
            OnRetry = args =>
            {
                options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                    $"retry {args.AttemptNumber + 1} in {args.RetryDelay.TotalMilliseconds:0} ms after {Describe(args.Outcome)}"));
                return default;
            },
        };
        if (randomizer is not null)
        {
            retry.Randomizer = randomizer;
        }

        var builder = new ResiliencePipelineBuilder<RawResponse> { TimeProvider = timeProvider };
        return builder.AddRetry(retry).Build();
    }

    internal static bool IsTransient(Outcome<RawResponse> outcome, bool idempotent)
    {
        if (outcome.Exception is not null)
        {
            return idempotent && outcome.Exception is HttpRequestException or TimeoutException;
        }

        var response = outcome.Result!;
        return response.StatusCode switch
        {
            503 or 429 => true,
            502 or 504 => idempotent,
            >= 400 => ErrorBodyParser.ContainsErrorCode(response, SalesforceErrorCodes.UnableToLockRow),
            _ => false,
        };
    }

    // Honour Retry-After when the server sends one; otherwise null lets Polly compute the jittered backoff.
    private static TimeSpan? RetryAfter(Outcome<RawResponse> outcome, TimeSpan max) =>
        outcome.Result?.RetryAfter is { } wait ? (wait < max ? wait : max) : null;

    private static string Describe(Outcome<RawResponse> outcome) =>
        outcome.Exception is not null ? outcome.Exception.GetType().Name : $"HTTP {outcome.Result!.StatusCode}";
}
