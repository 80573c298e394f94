namespace CrmSpm.Core.Scoring.Practices;

/// <summary>Units of behaviour values, for display (a share is a fraction 0–1 that screens show as a percentage).</summary>
public static class BehaviourUnits
{
    public const string Days = "days";
    public const string Contacts = "contacts";

    /// <summary>A fraction between 0 and 1.</summary>
    public const string Share = "share";
}
