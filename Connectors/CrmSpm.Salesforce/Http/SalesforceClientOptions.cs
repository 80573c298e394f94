using System;

namespace CrmSpm.Salesforce.Http;

/// <summary>Tuning of the REST client. The defaults suit a production org.</summary>
public sealed class SalesforceClientOptions
{
    /// <summary>REST API version, e.g. "66.0" (Spring '26). sObject Collections upsert needs 46.0 or later.</summary>
    public string ApiVersion { get; init; } = "66.0";

    /// <summary>The largest and smallest query page Salesforce accepts (Sforce-Query-Options batchSize).</summary>
    public const int MaxQueryBatchSize = 2000, MinQueryBatchSize = 200;

    /// <summary>Requested query page size (Sforce-Query-Options batchSize); Salesforce accepts 200–2,000.</summary>
    public int QueryBatchSize { get; init; } = MaxQueryBatchSize;

    /// <summary>Retries after the first attempt for 503, 429, UNABLE_TO_LOCK_ROW and timeouts.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff; later ones double, with jitter so that parallel clients spread out.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time allowed for one attempt of one request; a timed-out request is tried once more, so a hung server
    /// holds a run for about twice this. Salesforce answers a 2,000-row query page in seconds.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Per-record retries inside a collection call for item errors such as UNABLE_TO_LOCK_ROW.</summary>
    public int MaxRecordRetries { get; init; } = 3;

    /// <summary>Receives one line per request (method, path without query string, status, time). Never secrets.</summary>
    public Action<string>? Log { get; init; }

    public string DataPath => $"/services/data/v{ApiVersion}";

    public void Validate()
    {
        if (QueryBatchSize < MinQueryBatchSize || QueryBatchSize > MaxQueryBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(QueryBatchSize), QueryBatchSize,
                "Salesforce accepts a query batch size between 200 and 2,000.");
        }

        if (!Version.TryParse(ApiVersion, out var version) || version.Major < 46)
        {
            throw new ArgumentException($"API version '{ApiVersion}' is not supported; use 46.0 or later (e.g. 66.0).",
                nameof(ApiVersion));
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "The request timeout must be positive.");
        }

        if (MaxRetries < 0 || MaxRecordRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), "Retry counts cannot be negative.");
        }
    }
}
