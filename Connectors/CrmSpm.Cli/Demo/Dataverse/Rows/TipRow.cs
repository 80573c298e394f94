namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>An open coaching tip: a <c>task</c> with a <c>crmspm_tipkey</c>, owned by the rep it coaches.</summary>
public sealed record TipRow(string Key, string RuleId, int Severity, string Owner, string Title, string Description);
