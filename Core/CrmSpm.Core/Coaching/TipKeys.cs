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

    /// <summary>The rule id a key starts with (the whole key when it has no <c>|</c>).</summary>
    public static string RuleOf(string key)
    {
        var bar = key.IndexOf('|');
        return bar < 0 ? key : key.Substring(0, bar);
    }

    /// <summary>The record part of a key (<c>opportunity|42</c>, <c>rep|7</c>): tips on one record share it.</summary>
    public static string RecordOf(string key)
    {
        var parts = key.Split('|');
        return parts.Length < 3 ? key : parts[1] + "|" + parts[2];
    }

    /// <summary>The record id of a key: the opportunity id, or the rep id of a rep-level tip.</summary>
    public static string RecordIdOf(string key)
    {
        var parts = key.Split('|');
        return parts.Length < 3 ? "" : parts[2];
    }

    /// <summary>True for a deal tip's key.</summary>
    public static bool IsDeal(string key) => key.Split('|') is var parts && parts.Length >= 3 && parts[1] == TipRecordTypes.Opportunity;

    /// <summary>The period of a rep-level key (<c>2026-11</c>); null for a deal key.</summary>
    public static string? PeriodOf(string key)
    {
        var parts = key.Split('|');
        return parts.Length >= 4 && parts[1] == TipRecordTypes.Rep ? parts[3] : null;
    }
}
