namespace CrmSpm.Core.Profile;

/// <summary>JSON keys of the profile format (docs/scoring-profile.md), in one place for the reader and the writer.</summary>
internal static class ProfileKeys
{
    public const string Version = "version";
    public const string Weights = "weights";
    public const string Thresholds = "thresholds";
    public const string Windows = "windows";
    public const string Stages = "stages";
    public const string Rules = "rules";
    public const string Visibility = "visibility";
    public const string Queue = "queue";

    public const string Adoption = "adoption";
    public const string Completeness = "completeness";
    public const string Freshness = "freshness";
    public const string ActivityRate = "activityRate";
    public const string CloseDateHygiene = "closeDateHygiene";
    public const string NextStepDiscipline = "nextStepDiscipline";
    public const string Tier = "tier";
    public const string WinRate = "winRate";
    public const string Attainment = "attainment";

    public const string FreshnessDays = "freshnessDays";
    public const string TargetActivitiesPerDealPerWeek = "targetActivitiesPerDealPerWeek";
    public const string MinClosedDealsForTier = "minClosedDealsForTier";
    public const string TierAShare = "tierAShare";
    public const string TierCShare = "tierCShare";
    public const string RampMonths = "rampMonths";
    public const string MinPracticeEffectSize = "minPracticeEffectSize";
    public const string DealModelPriorStrength = "dealModelPriorStrength";
    public const string DefaultWinRate = "defaultWinRate";
    public const string AmountBands = "amountBands";
    public const string MaxCloseDateYearsAhead = "maxCloseDateYearsAhead";

    public const string OutcomeDays = "outcomeDays";
    public const string ActivityDays = "activityDays";
    public const string ReinforcementIntervalsDays = "reinforcementIntervalsDays";
    public const string TipsPerDeal = "tipsPerDeal";
    public const string TipsPerRepPerWeek = "tipsPerRepPerWeek";

    public const string Name = "name";
    public const string Order = "order";
    public const string RequiredFields = "requiredFields";
    public const string IsLate = "isLate";
    public const string ExpectedDays = "expectedDays";
    public const string StepNames = "stepNames";
    public const string SalesStage = "salesStage";

    public const string Id = "id";
    public const string Enabled = "enabled";
    public const string Severity = "severity";
    public const string Parameters = "parameters";
    public const string TrainingLink = "trainingLink";

    public const string RepSeesOwnTier = "repSeesOwnTier";
    public const string RepSeesTeamRanking = "repSeesTeamRanking";

    public const string WinRateLiftPoints = "winRateLiftPoints";
    public const string MaxEntries = "maxEntries";
    public const string HorizonDays = "horizonDays";
    public const string Currency = "currency";
}
