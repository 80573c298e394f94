namespace CrmSpm.Salesforce.Tests.Support;

/// <summary>
/// A clock the test sets, whose timers fire at once. Every requested delay is recorded, so retry tests
/// can check the backoff without sleeping.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly object _sync = new();
    private readonly List<TimeSpan> _delays = new();
    private DateTimeOffset _now;

    public RecordingTimeProvider(DateTimeOffset now)
    {
        _now = now;
    }

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_sync)
            {
                return _delays.ToList();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            return _now;
        }
    }

    public void SetUtcNow(DateTimeOffset now)
    {
        lock (_sync)
        {
            _now = now;
        }
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_sync)
            {
                _delays.Add(dueTime);
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NoopTimer();
    }

    private sealed class NoopTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => default;
    }
}
