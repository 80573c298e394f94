namespace CrmSpm.Plugins.Model;

/// <summary><c>crmspm_modelstate</c>: the deal model's frequency tables for one sales team (a business unit).</summary>
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
    /// <summary>The profile the model was last written with; the per-event query reaches the active profile through it.</summary>
    public const string ProfileId = "crmspm_profileid";
    /// <summary>
    /// Whole number the solution declares; no longer written: closes guard the row with its <c>versionnumber</c>
    /// (optimistic concurrency, docs/plugins.md "Closes").
    /// </summary>
    public const string Version = "crmspm_version";

    // Maximum lengths the CrmSpm solution declares (docs/data-model.md, "Column lengths").
    public const int NameMaxLength = 200;
    public const int StateJsonMaxLength = 1048576;
    public const int BenchmarksMaxLength = 100000;
}
