namespace CrmSpm.Salesforce.Emulator.Support;

/// <summary>
/// A clock the test sets. Short timers (retry backoff, at most 30 s) fire at once and are recorded in
/// <see cref="Delays"/>, so retry tests check the backoff without sleeping. Timers of
/// <see cref="HoldTimersFrom"/> or more (per-attempt request timeouts) wait until the test moves the clock
/// past them, so a timeout happens exactly when the test says, never because the machine was slow.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    /// <summary>Above the client's largest backoff (30 s), below the request timeouts tests use (2 min by default).</summary>
    public static readonly TimeSpan HoldTimersFrom = TimeSpan.FromMinutes(1);

    private readonly object _sync = new();
    private readonly List<TimeSpan> _delays = new();
    private readonly List<HeldTimer> _held = new();
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

    /// <summary>Moves the clock; held timers whose time has come fire.</summary>
    public void SetUtcNow(DateTimeOffset now)
    {
        List<HeldTimer> due;
        lock (_sync)
        {
            _now = now;
            due = _held.Where(timer => timer.Due <= now).ToList();
            _held.RemoveAll(due.Contains);
        }

        foreach (var timer in due)
        {
            ThreadPool.QueueUserWorkItem(_ => timer.Fire());
        }
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new HeldTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(HeldTimer timer, TimeSpan dueTime)
    {
        lock (_sync)
        {
            _held.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            if (dueTime >= HoldTimersFrom)
            {
                timer.Due = _now + dueTime;
                _held.Add(timer);
                return;
            }

            _delays.Add(dueTime);
        }

        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private void Cancel(HeldTimer timer)
    {
        lock (_sync)
        {
            _held.Remove(timer);
        }
    }

    private sealed class HeldTimer : ITimer
    {
        private readonly RecordingTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private volatile bool _disposed;

        public HeldTimer(RecordingTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public DateTimeOffset Due { get; set; }

        public void Fire()
        {
            if (!_disposed)
            {
                _callback(_state);
            }
        }

        // Periods are not needed by the client (every timer it uses is one-shot), so they are ignored.
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _owner.Schedule(this, dueTime);
            return true;
        }

        public void Dispose()
        {
            _disposed = true;
            _owner.Cancel(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
