using System.Collections.Generic;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>What the nightly recompute cost, how many executions (custom API calls) it took, and what failed and why.</summary>
public sealed record RecomputeReport(long Calls, long RowsRead, long RowsWritten, int Pages, IReadOnlyList<string> Failures)
{
    /// <summary>Nothing run yet.</summary>
    public static RecomputeReport None { get; } = new RecomputeReport(0, 0, 0, 0, new List<string>());

    /// <summary>The totals of two runs.</summary>
    public RecomputeReport Plus(RecomputeReport other)
    {
        System.ArgumentNullException.ThrowIfNull(other);
        var failures = new List<string>(Failures);
        failures.AddRange(other.Failures);
        return new RecomputeReport(Calls + other.Calls, RowsRead + other.RowsRead, RowsWritten + other.RowsWritten, Pages + other.Pages, failures);
    }
}
