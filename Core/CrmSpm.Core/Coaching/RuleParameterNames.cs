namespace CrmSpm.Core.Coaching;

/// <summary>Keys of rule parameters in the profile (<c>rules[i].parameters.*</c>).</summary>
public static class RuleParameterNames
{
    /// <summary>stale-deal: days without a touch.</summary>
    public const string StaleDays = "staleDays";

    /// <summary>past-due-close-date: days of grace.</summary>
    public const string GraceDays = "graceDays";

    /// <summary>missing-next-step: first stage order that needs a next step.</summary>
    public const string FromStageOrder = "fromStageOrder";

    /// <summary>single-threaded-late-stage: contacts expected.</summary>
    public const string MinContacts = "minContacts";

    /// <summary>slipping-deal: pushes that trigger.</summary>
    public const string MaxPushes = "maxPushes";

    /// <summary>stuck-in-stage: multiple of the benchmark days.</summary>
    public const string BenchmarkMultiplier = "benchmarkMultiplier";

    /// <summary>low-activity: multiple of the benchmark cadence.</summary>
    public const string CadenceMultiplier = "cadenceMultiplier";

    /// <summary>low-activity: days in stage before judging.</summary>
    public const string MinDaysInStage = "minDaysInStage";

    /// <summary>low-adoption: score threshold.</summary>
    public const string MinScore = "minScore";

    /// <summary>recognition: adoption points gained.</summary>
    public const string ImprovementPoints = "improvementPoints";

    /// <summary>recognition: attainment milestone.</summary>
    public const string AttainmentMilestone = "attainmentMilestone";
}
