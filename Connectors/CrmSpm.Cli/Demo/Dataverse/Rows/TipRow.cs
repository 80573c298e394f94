using System;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>
/// An open coaching tip: a <c>task</c> with a <c>crmspm_tipkey</c>, owned by the rep it coaches (<paramref name="OwnerId"/>,
/// a user row), regarding the deal it is about (<paramref name="RegardingId"/>; null for a tip about the rep).
/// </summary>
public sealed record TipRow(string Key, string RuleId, int Severity, Guid OwnerId, string Owner, Guid? RegardingId, string Title, string Description)
{
    /// <summary>The <c>crmspm_severity</c> choice as a word (100000000 Low, 100000001 Medium, 100000002 High), as Core names it.</summary>
    public string SeverityWord => (Severity - 100_000_000) switch
    {
        0 => "Low",
        1 => "Medium",
        2 => "High",
        _ => Severity.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
