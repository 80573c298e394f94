namespace CrmSpm.EmbeddedOrg.Metadata;

// Logical names of the system tables the embedded org itself reads or writes.
public static class TableNames
{
    public const string SystemUser = "systemuser";
    public const string BusinessUnit = "businessunit";
    public const string Team = "team";
    public const string Opportunity = "opportunity";
    public const string OpportunityClose = "opportunityclose";
    public const string SdkMessageProcessingStep = "sdkmessageprocessingstep";
}
