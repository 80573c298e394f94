extern alias plugins;
using System;
using System.Collections.Generic;
using System.Linq;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// The Web API names of the tables and navigation properties the panels use: entity set names, and the
/// collection-valued navigation properties they expand (names as in Microsoft's table reference, e.g.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/opportunity).
/// </summary>
public static class WebApiNames
{
    /// <summary>Entity set name by table logical name; the shim's Xrm.WebApi reads the same map.</summary>
    public static readonly IReadOnlyDictionary<string, string> EntitySets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["account"] = "accounts",
        ["opportunity"] = "opportunities",
        ["task"] = "tasks",
        ["systemuser"] = "systemusers",
        ["crmspm_scorecard"] = "crmspm_scorecards",
        ["crmspm_scoringprofile"] = "crmspm_scoringprofiles",
        ["crmspm_modelstate"] = "crmspm_modelstates",
    };

    /// <summary>Collection-valued navigation properties: the rows of <c>Table</c> whose <c>Column</c> points at the parent.</summary>
    public static readonly IReadOnlyDictionary<string, Navigation> CollectionNavigations = new Dictionary<string, Navigation>(StringComparer.Ordinal)
    {
        ["Opportunity_Tasks"] = new(OpportunityColumns.EntityName, ActivityColumns.Task, ActivityColumns.RegardingObjectId),
        ["opportunity_parent_account"] = new(AccountColumns.EntityName, OpportunityColumns.EntityName, OpportunityColumns.ParentAccountId),
    };

    /// <summary>The table of an entity set name, or null when the set is not served.</summary>
    public static string? TableOfSet(string entitySet) =>
        EntitySets.FirstOrDefault(pair => string.Equals(pair.Value, entitySet, StringComparison.Ordinal)).Key;

    /// <summary>A lookup's Web API property <c>_x_value</c> → its column <c>x</c>; other names unchanged.</summary>
    public static string ColumnOf(string property) =>
        property.Length > 7 && property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal)
            ? property[1..^6]
            : property;
}

/// <summary>A collection-valued navigation property from <paramref name="Parent"/> to rows of <paramref name="Table"/>.</summary>
public sealed record Navigation(string Parent, string Table, string Column);
