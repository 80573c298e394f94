using System;

namespace CrmSpm.Core.Time;

/// <summary>
/// The only source of "now" for Core. Logic never reads the system clock, so every score can be reproduced
/// by replaying the same data with the same clock (tests use <see cref="FixedClock"/>, hosts use
/// <see cref="SystemClock"/>).
/// </summary>
public interface IClock
{
    /// <summary>The current instant in UTC.</summary>
    DateTime UtcNow { get; }
}
