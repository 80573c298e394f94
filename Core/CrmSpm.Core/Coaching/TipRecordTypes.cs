namespace CrmSpm.Core.Coaching;

/// <summary>What a tip is about, the middle part of its key.</summary>
public static class TipRecordTypes
{
    /// <summary>A deal.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>A rep (adoption, recognition).</summary>
    public const string Rep = "rep";
}
