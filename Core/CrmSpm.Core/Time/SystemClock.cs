using System;

namespace CrmSpm.Core.Time;

/// <summary>
/// The real clock, for hosts only (plugins, CLI). It is the single place in Core allowed to read
/// <see cref="DateTime.UtcNow"/>; logic receives it as an <see cref="IClock"/>.
/// </summary>
public sealed class SystemClock : IClock
{
    /// <summary>The shared instance; the clock has no state.</summary>
    public static readonly SystemClock Instance = new SystemClock();

    /// <inheritdoc />
    public DateTime UtcNow => DateTime.UtcNow;
}
