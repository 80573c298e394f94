namespace CrmSpm.Plugins.Model;

/// <summary>Messages our steps listen to, and the custom API we define.</summary>
public static class MessageNames
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Win = "Win";
    public const string Lose = "Lose";

    /// <summary>The nightly recompute: a custom API run by a scheduled flow or the manager's page.</summary>
    public const string RecalculateScorecards = "crmspm_RecalculateScorecards";

    /// <summary>Input parameter of <see cref="RecalculateScorecards"/>: where the previous page stopped (empty to start).</summary>
    public const string ContinuationTokenParameter = "ContinuationToken";

    /// <summary>Output parameter: the token for the next page, empty when the run is complete.</summary>
    public const string NextContinuationTokenParameter = "NextContinuationToken";

    /// <summary>
    /// Inputs of WinOpportunity / LoseOpportunity: the <c>opportunityclose</c> entity (its <c>opportunityid</c> names
    /// the deal) and the status to set (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.winopportunityrequest).
    /// </summary>
    public const string OpportunityCloseParameter = "OpportunityClose";
    public const string StatusParameter = "Status";

    /// <summary>Key of <c>Target</c> in InputParameters, and alias of our images.</summary>
    public const string Target = "Target";
    public const string PreImage = "PreImage";
    public const string PostImage = "PostImage";
}
