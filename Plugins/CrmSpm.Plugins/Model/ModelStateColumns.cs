namespace CrmSpm.Plugins.Model;

/// <summary>
/// <c>crmspm_modelstate</c>: the deal model's frequency tables for one sales team (a business unit), and one org-level
/// row (Recalculation/StandingStore.cs) holding the nightly recompute's org standing for the run in progress.
/// </summary>
public static class ModelStateColumns
{
    public const string EntityName = "crmspm_modelstate";
    public const string Id = "crmspm_modelstateid";
    public const string Name = "crmspm_name";
    /// <summary>Alternate key: the team's business unit id as text.</summary>
    public const string TeamKey = "crmspm_teamkey";
    /// <summary>The team's business unit; the per-event query joins the opportunity to its model through it.</summary>
    public const string BusinessUnitId = "crmspm_businessunitid";
    public const string StateJson = "crmspm_statejson";
    /// <summary>The team's top-performer benchmarks (Core's TeamBenchmarks JSON), refreshed by the nightly recompute.</summary>
    public const string Benchmarks = "crmspm_benchmarks";
    /// <summary>What the team's data supports (Json/SignalsDocument.cs), refreshed by the nightly recompute; the deal events filter tips by it.</summary>
    public const string Signals = "crmspm_signals";
    /// <summary>The profile the model was last written with; the per-event query reaches the active profile through it.</summary>
    public const string ProfileId = "crmspm_profileid";

    /// <summary>Org-level row: the recompute run the standing belongs to (a name-based UUID of its as-of and content).</summary>
    public const string RunId = "crmspm_runid";
    /// <summary>Org-level row: the instant the run scores as of.</summary>
    public const string AsOf = "crmspm_asof";
    /// <summary>Org-level row: tiers, benchmarks and coaching queue decided across the org (JSON).</summary>
    public const string StandingJson = "crmspm_standingjson";
    /// <summary>Org-level row: the data issues of the run that decided the standing, for the admin (Recalculation/DataIssuesColumn.cs).</summary>
    public const string DataIssuesJson = "crmspm_dataissuesjson";

    // Maximum lengths the CrmSpm solution declares (docs/data-model.md, "Column lengths").
    public const int NameMaxLength = 200;
    public const int StateJsonMaxLength = 1048576;
    public const int BenchmarksMaxLength = 100000;
    public const int SignalsMaxLength = 100000;
    public const int RunIdMaxLength = 100;
    public const int StandingJsonMaxLength = 1048576;
    public const int DataIssuesJsonMaxLength = 100000;
}
