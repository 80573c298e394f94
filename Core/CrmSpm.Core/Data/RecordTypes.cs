namespace CrmSpm.Core.Data;

/// <summary>Record type names used in data issues.</summary>
public static class RecordTypes
{
    public const string Rep = "rep";
    public const string Opportunity = "opportunity";
    public const string Activity = "activity";

    /// <summary>The org as a whole (capture-health issues).</summary>
    public const string Org = "org";
}
