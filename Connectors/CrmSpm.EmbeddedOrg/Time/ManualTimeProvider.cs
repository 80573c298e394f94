using System;

namespace CrmSpm.EmbeddedOrg.Time;

// A clock that only moves when told: for tests and for the demo's replay of dated events.
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset start)
    {
        _now = start;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            _now = value;
        }
    }

    public void Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now = _now.Add(delta);
        }
    }
}
