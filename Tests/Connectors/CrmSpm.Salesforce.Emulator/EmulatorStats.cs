namespace CrmSpm.Salesforce.Emulator;

/// <summary>What the emulator received, for tests that count round trips.</summary>
public sealed class EmulatorStats
{
    private int _tokenRequests;
    private int _dataRequests;
    private int _queryRequests;
    private int _writeCalls;
    private int _describes;

    public int TokenRequests => _tokenRequests;

    /// <summary>Requests to /services/data (each counts against the daily API limit).</summary>
    public int DataRequests => _dataRequests;

    public int QueryRequests => _queryRequests;

    /// <summary>Collection and single-record writes that were committed.</summary>
    public int WriteCalls => _writeCalls;

    /// <summary>Objects described, whether alone or inside a composite call.</summary>
    public int Describes => _describes;

    public List<string> ReceivedQueries { get; } = new();

    public List<string> ReceivedAuthorizationHeaders { get; } = new();

    public List<string> ReceivedUrls { get; } = new();

    internal void CountToken() => Interlocked.Increment(ref _tokenRequests);

    internal int CountData() => Interlocked.Increment(ref _dataRequests);

    internal void CountQuery() => Interlocked.Increment(ref _queryRequests);

    internal void CountDescribe() => Interlocked.Increment(ref _describes);

    internal int CountWrite() => Interlocked.Increment(ref _writeCalls);
}
