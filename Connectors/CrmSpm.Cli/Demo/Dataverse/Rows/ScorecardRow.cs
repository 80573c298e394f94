namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>A <c>crmspm_scorecard</c> row of the current period, as read back from the org (tier as its letter; "–" when not tiered); <paramref name="RepId"/> is the rep's user row.</summary>
public sealed record ScorecardRow(
    System.Guid RepId,
    string Rep,
    string Team,
    string Tier,
    decimal? Adoption,
    decimal? Behaviour,
    decimal? WinRate,
    decimal? QuotaAttainment,
    decimal? Coverage,
    decimal? NeededCoverage,
    int Won,
    int Lost,
    decimal? RevenueGain,
    string? LargestGap,
    int? QueueRank,
    string TierReason,
    string? QueueGain);
