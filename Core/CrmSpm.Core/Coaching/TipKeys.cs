namespace CrmSpm.Core.Coaching;

/// <summary>
/// De-duplication keys of tips. One open tip per key: a rule that fires again for the same deal (or rep and
/// period) yields the same key, so connectors update the existing task instead of adding another.
/// </summary>
public static class TipKeys
{
    /// <summary><c>{ruleId}|opportunity|{opportunityId}</c>, e.g. <c>stale-deal|opportunity|42</c>.</summary>
    public static string ForDeal(string ruleId, string opportunityId) =>
        ruleId + "|" + TipRecordTypes.Opportunity + "|" + opportunityId;

    /// <summary><c>{ruleId}|rep|{repId}|{period}</c>, e.g. <c>low-adoption|rep|7|2026-11</c>.</summary>
    public static string ForRep(string ruleId, string repId, string period) =>
        ruleId + "|" + TipRecordTypes.Rep + "|" + repId + "|" + period;
}
