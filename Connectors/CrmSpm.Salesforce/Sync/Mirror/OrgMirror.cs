using System;
using System.Collections.Generic;

namespace CrmSpm.Salesforce.Sync.Mirror;

/// <summary>
/// The org as far as the sync has read it, keyed by record id. Each run applies the rows changed since the
/// watermarks; scoring then needs the whole picture (team benchmarks span every rep), which this holds.
/// </summary>
public sealed class OrgMirror
{
    public Dictionary<string, UserRow> Users { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, AccountRow> Accounts { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, OpportunityRow> Opportunities { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, OpportunityHistoryRow> OpportunityHistory { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ActivityRow> Activities { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Coaching tasks by tip key.</summary>
    public Dictionary<string, CoachingTaskRow> CoachingTasks { get; set; } = new(StringComparer.Ordinal);
}
