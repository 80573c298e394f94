using System.Threading;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// Counts every HTTP request sent to Salesforce, retries and logins included, and keeps the latest
/// daily-usage figure. The sync summary and the call-count tests read it.
/// </summary>
public sealed class ApiCallCounter
{
    private long _total;
    private long _authentication;
    private ApiUsage? _latestUsage;

    public long Total => Interlocked.Read(ref _total);

    public long Authentication => Interlocked.Read(ref _authentication);

    public ApiUsage? LatestUsage => Volatile.Read(ref _latestUsage);

    internal void CountApiCall() => Interlocked.Increment(ref _total);

    internal void CountAuthenticationCall()
    {
        Interlocked.Increment(ref _total);
        Interlocked.Increment(ref _authentication);
    }

    internal void Observe(ApiUsage? usage)
    {
        if (usage is not null)
        {
            Volatile.Write(ref _latestUsage, usage);
        }
    }
}
