namespace CrmSpm.Plugins.Model;

/// <summary>The <c>businessunit</c> table: a sales team, the unit the deal model and the recompute pages work on.</summary>
public static class BusinessUnitColumns
{
    public const string EntityName = "businessunit";
}
