namespace CrmSpm.Core.Data;

/// <summary>Codes of data issues; docs/scoring.md ("Bad data") says what the engine does for each.</summary>
public static class DataIssueCodes
{
    /// <summary>A null entry in a list: skipped.</summary>
    public const string NullRecord = "null-record";

    /// <summary>A record without an id: skipped.</summary>
    public const string MissingId = "missing-id";

    /// <summary>Two records with one id: the opportunity and activity kept follow a deterministic rule (docs/scoring.md), the first rep is kept.</summary>
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

    /// <summary>A status that is neither open, won nor lost: the deal is left out.</summary>
    public const string UnknownStatus = "unknown-status";

    /// <summary>An impossible date (before 1950, or a start date after the scoring date): repaired or ignored as the message says.</summary>
    public const string ImplausibleDate = "implausible-date";

    /// <summary>An amount above 10^15 (or a negative quota): treated as missing.</summary>
    public const string ImplausibleAmount = "implausible-amount";

    /// <summary>A number that is not a number (NaN, infinity): treated as unknown.</summary>
    public const string ImplausibleValue = "implausible-value";

    /// <summary>A deal closed before it was created: creation moves to the close date.</summary>
    public const string CloseBeforeCreate = "close-before-create";

    /// <summary>An input the org does not capture (activities, contacts, next steps, quotas, start dates): what depends on it is not computed.</summary>
    public const string CaptureHealth = "capture-health";
}
