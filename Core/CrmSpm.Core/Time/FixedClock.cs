using System;

namespace CrmSpm.Core.Time;

/// <summary>A clock that always answers the same instant: for tests, the demo and replaying history.</summary>
public sealed class FixedClock : IClock
{
    /// <summary>Creates a clock frozen at <paramref name="utcNow"/> (treated as UTC whatever its Kind).</summary>
    public FixedClock(DateTime utcNow)
    {
        UtcNow = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
    }

    /// <inheritdoc />
    public DateTime UtcNow { get; }
}
