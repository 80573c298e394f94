namespace CrmSpm.SnapshotRows;

/// <summary>
/// Standard Dataverse names the plugins' data model (CrmSpm.Plugins.Model) lacks and the rows of a snapshot need: the
/// columns of business units and accounts, and the WinOpportunity/LoseOpportunity requests a rep sends
/// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.winopportunityrequest). Every name the model
/// has (opportunityid, statuscode, …) is taken from the model instead.
/// </summary>
public static class StandardNames
{
    /// <summary>Primary name column of <c>businessunit</c> and <c>account</c> (the model only names the opportunity's).</summary>
    public const string Name = "name";
    public const string ParentBusinessUnitId = "parentbusinessunitid";

    public const string WinOpportunity = "WinOpportunity";
    public const string LoseOpportunity = "LoseOpportunity";
    public const string OpportunityCloseParameter = "OpportunityClose";
    public const string StatusParameter = "Status";
    public const string OpportunityCloseTable = "opportunityclose";
    public const string ActualRevenue = "actualrevenue";

    /// <summary><c>statuscode</c> of a won opportunity.</summary>
    public const int WonStatus = 3;

    /// <summary><c>statuscode</c> of a lost opportunity: Canceled.</summary>
    public const int LostStatus = 4;
}
