namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>The replay's totals, the month-end recomputes (how many, and their totals) and the final recompute at "now".</summary>
public sealed record MonthByMonthResult(ReplayStatistics Replay, int MonthEndRuns, RecomputeReport MonthEnds, RecomputeReport Final);
