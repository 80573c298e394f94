using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// Faults the emulator injects into the next requests to /services/data: whole-response failures (503,
/// HTML pages, row locks, slow answers), per-record failures inside collection writes, and a hook that runs
/// after a write is committed (to kill the client at the worst moment).
/// </summary>
public sealed class FaultPlan
{
    private readonly object _sync = new();
    private readonly Queue<CannedResponse> _responses = new();
    private readonly Queue<CannedResponse> _loginResponses = new();
    private readonly TaskCompletionSource _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lockedRecordsOnNextWrite;

    /// <summary>A response sent instead of the real one (the request is not processed).</summary>
    public sealed record CannedResponse(int Status, string ContentType, string Body, TimeSpan Delay);

    /// <summary>Permanent item failures: return (statusCode, message) to reject a record of a collection write.</summary>
    public Func<string, JsonObject, (string Code, string Message)?>? RejectRecord { get; set; }

    /// <summary>Called with the 1-based number of the write call just committed.</summary>
    public Action<int>? AfterWriteCommitted { get; set; }

    public void ServiceUnavailable(int times = 1) =>
        Enqueue(times, new CannedResponse(503, "text/html", "<html><head><title>Service Unavailable</title></head><body>Down for maintenance</body></html>", TimeSpan.Zero));

    public void HtmlPage(int status, string title, int times = 1) =>
        Enqueue(times, new CannedResponse(status, "text/html;charset=UTF-8", $"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>", TimeSpan.Zero));

    public void RowLock(int times = 1) =>
        Enqueue(times, new CannedResponse(400, Wire.JsonContentType,
            Wire.Errors(("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records: 006000000000001AAA")).ToJsonString(), TimeSpan.Zero));

    public void LimitExceeded() =>
        Enqueue(1, new CannedResponse(403, Wire.JsonContentType,
            Wire.Errors(("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")).ToJsonString(), TimeSpan.Zero));

    /// <summary>The next request is answered normally but only after <paramref name="delay"/>.</summary>
    public void Slow(TimeSpan delay, int times = 1) =>
        Enqueue(times, new CannedResponse(0, string.Empty, string.Empty, delay));

    /// <summary>The next request gets no answer at all: the client has to time out and drop it.</summary>
    public void Hang(int times = 1) => Enqueue(times, new CannedResponse(0, string.Empty, string.Empty, Timeout.InfiniteTimeSpan));

    /// <summary>Answers the next data requests with this status and body, e.g. a 204 with no body or JSON of another shape.</summary>
    public void Respond(int status, string contentType, string body, int times = 1) =>
        Enqueue(times, new CannedResponse(status, contentType, body, TimeSpan.Zero));

    /// <summary>Answers the next requests to the token endpoint (/services/oauth2/token) with this status and body.</summary>
    public void RespondToLogin(int status, string contentType, string body, int times = 1)
    {
        lock (_sync)
        {
            for (var i = 0; i < times; i++)
            {
                _loginResponses.Enqueue(new CannedResponse(status, contentType, body, TimeSpan.Zero));
            }
        }
    }

    /// <summary>Completes once a request is hanging, so the test can move its clock past the client's timeout.</summary>
    public Task Hanging => _hanging.Task;

    /// <summary>The first <paramref name="records"/> records of the next collection write fail with UNABLE_TO_LOCK_ROW.</summary>
    public void LockRecordsOnNextWrite(int records)
    {
        lock (_sync)
        {
            _lockedRecordsOnNextWrite = records;
        }
    }

    internal CannedResponse? TakeResponse()
    {
        lock (_sync)
        {
            return _responses.Count > 0 ? _responses.Dequeue() : null;
        }
    }

    internal CannedResponse? TakeLoginResponse()
    {
        lock (_sync)
        {
            return _loginResponses.Count > 0 ? _loginResponses.Dequeue() : null;
        }
    }

    internal void ReportHanging() => _hanging.TrySetResult();

    internal int TakeLockedRecords()
    {
        lock (_sync)
        {
            var count = _lockedRecordsOnNextWrite;
            _lockedRecordsOnNextWrite = 0;
            return count;
        }
    }

    private void Enqueue(int times, CannedResponse response)
    {
        lock (_sync)
        {
            for (var i = 0; i < times; i++)
            {
                _responses.Enqueue(response);
            }
        }
    }
}
