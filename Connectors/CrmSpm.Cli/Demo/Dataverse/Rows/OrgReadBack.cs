using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>Everything the demo prints, read back from the org's rows after the replay and the recompute.</summary>
public sealed record OrgReadBack(
    string Period,
    IReadOnlyList<ScorecardRow> Scorecards,
    IReadOnlyList<TeamPractices> Practices,
    IReadOnlyList<TipRow> OpenTips,
    IReadOnlyList<DealRow> OpenDeals,
    IReadOnlyList<PostRow> Posts,
    long RowsRead)
{
    /// <summary>The coaching queue as the recompute stored it: the rows with a rank (crmspm_queuerank), in that order.</summary>
    public IReadOnlyList<Rendering.QueueRow> Queue => Scorecards
        .Where(c => c.QueueRank.HasValue)
        .OrderBy(c => c.QueueRank!.Value)
        .Select(c => new Rendering.QueueRow(c.QueueRank!.Value, c.Rep, c.QueueGain ?? "", c.LargestGap ?? ""))
        .ToList();
}
