namespace CrmSpm.Plugins.Model;

/// <summary>
/// <c>opportunityclose</c>: the activity WinOpportunity/LoseOpportunity create for a close
/// (https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunityclose).
/// </summary>
public static class OpportunityCloseColumns
{
    public const string EntityName = "opportunityclose";

    /// <summary>The deal that closed.</summary>
    public const string OpportunityId = "opportunityid";
}
