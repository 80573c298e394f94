namespace CrmSpm.Cli.Import;

/// <summary>The CSV files of one import: opportunities always, the others when given.</summary>
public sealed record ImportFiles(string Opportunities, string? Users = null, string? Accounts = null, string? Activities = null, string? Products = null);
