using System.Collections.Generic;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>Everything the demo prints, read back from the org's rows after the replay and the recompute.</summary>
public sealed record OrgReadBack(
    string Period,
    IReadOnlyList<ScorecardRow> Scorecards,
    IReadOnlyList<TeamPractices> Practices,
    IReadOnlyList<TipRow> OpenTips,
    IReadOnlyList<DealRow> OpenDeals,
    IReadOnlyList<PostRow> Posts,
    long RowsRead);
