namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Keys of the measured behaviours. Per-stage behaviours append the stage name:
/// <c>touch-cadence:Propose</c>, <c>days-in-stage:Propose</c>.
/// </summary>
public static class BehaviourKeys
{
    /// <summary>Days between touches while a deal sits in a stage (lower is better).</summary>
    public const string TouchCadencePrefix = "touch-cadence:";

    /// <summary>Days a deal spends in a stage before moving on (lower is better).</summary>
    public const string DaysInStagePrefix = "days-in-stage:";

    /// <summary>Contacts engaged per deal (higher is better).</summary>
    public const string ContactsPerDeal = "contacts-per-deal";

    /// <summary>Meetings among completed activities on deals (higher is better).</summary>
    public const string MeetingShare = "meeting-share";

    /// <summary>Days from a deal's creation to its first touch (lower is better).</summary>
    public const string FirstTouchLatency = "first-touch-latency";

    /// <summary>Share of deals with a next step (higher is better).</summary>
    public const string NextStepDiscipline = "next-step-discipline";

    /// <summary>Key of the touch cadence at <paramref name="stage"/>.</summary>
    public static string TouchCadence(string stage) => TouchCadencePrefix + stage;

    /// <summary>Key of the days in <paramref name="stage"/>.</summary>
    public static string DaysInStage(string stage) => DaysInStagePrefix + stage;
}
