namespace CrmSpm.Core.Scoring.Adoption;

/// <summary>Keys of the adoption score's components (also in crmspm_details JSON).</summary>
public static class AdoptionComponentKeys
{
    /// <summary>Required fields filled per stage.</summary>
    public const string Completeness = "completeness";

    /// <summary>Open deals touched recently.</summary>
    public const string Freshness = "freshness";

    /// <summary>Activities per open deal per week.</summary>
    public const string ActivityRate = "activity-rate";

    /// <summary>Open deals with a close date not in the past.</summary>
    public const string CloseDateHygiene = "close-date-hygiene";

    /// <summary>Open deals with a next step.</summary>
    public const string NextStepDiscipline = "next-step-discipline";
}
