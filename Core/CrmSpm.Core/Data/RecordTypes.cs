namespace CrmSpm.Core.Data;

/// <summary>Record type names used in data issues.</summary>
public static class RecordTypes
{
    /// <summary>A rep.</summary>
    public const string Rep = "rep";

    /// <summary>An opportunity.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>An activity.</summary>
    public const string Activity = "activity";
}
