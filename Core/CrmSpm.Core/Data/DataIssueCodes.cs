namespace CrmSpm.Core.Data;

/// <summary>Codes of data issues; docs/scoring.md ("Bad data") says what the engine does for each.</summary>
public static class DataIssueCodes
{
    /// <summary>A null entry in a list: skipped.</summary>
    public const string NullRecord = "null-record";

    /// <summary>A record without an id: skipped.</summary>
    public const string MissingId = "missing-id";

    /// <summary>Two records with one id: the latest-modified opportunity, the first rep, the first activity per deal is kept.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A negative amount: treated as 0.</summary>
    public const string NegativeAmount = "negative-amount";

    /// <summary>A close date further ahead than thresholds.maxCloseDateYearsAhead: treated as missing.</summary>
    public const string ImplausibleCloseDate = "implausible-close-date";

    /// <summary>A stage name not in the catalogue: the deal counts as being at the first stage.</summary>
    public const string UnknownStage = "unknown-stage";

    /// <summary>An opportunity owned by a rep not in the snapshot: left out of rep scores.</summary>
    public const string UnknownOwner = "unknown-owner";

    /// <summary>An activity regarding a deal not in the snapshot: not counted as a touch.</summary>
    public const string UnknownOpportunity = "unknown-opportunity";

    /// <summary>A closed deal without an actual close date: its last modification date is used.</summary>
    public const string MissingCloseDate = "missing-actual-close-date";
}
