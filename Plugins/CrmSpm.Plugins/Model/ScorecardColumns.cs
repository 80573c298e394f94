namespace CrmSpm.Plugins.Model;

/// <summary><c>crmspm_scorecard</c>: one user-owned row per rep per period (docs/data-model.md).</summary>
public static class ScorecardColumns
{
    public const string EntityName = "crmspm_scorecard";
    public const string Id = "crmspm_scorecardid";
    public const string Name = "crmspm_name";
    /// <summary>Alternate key <c>{systemuserid}|{period}</c> (<see cref="KeyOf"/>).</summary>
    public const string Key = "crmspm_key";
    public const string RepId = "crmspm_repid";
    public const string Period = "crmspm_period";
    public const string AdoptionScore = "crmspm_adoptionscore";
    public const string BehaviourScore = "crmspm_behaviourscore";
    public const string WinRate = "crmspm_winrate";
    public const string QuotaAttainment = "crmspm_quotaattainment";
    public const string PipelineCoverage = "crmspm_pipelinecoverage";
    public const string NeededCoverage = "crmspm_neededcoverage";
    public const string Tier = "crmspm_tier";
    public const string AdoptionTrend = "crmspm_adoptiontrend";
    public const string TrendHistory = "crmspm_trendhistory";
    public const string RevenueGain = "crmspm_revenuegain";
    /// <summary>What to coach, with the rep's value against the benchmark (Core's queue wording).</summary>
    public const string LargestGap = "crmspm_largestgap";
    /// <summary>Core's coaching-queue rank, 1 = coach first; empty for reps outside the queue. Readers order by it.</summary>
    public const string QueueRank = "crmspm_queuerank";
    public const string Details = "crmspm_details";
    public const string WonCount = "crmspm_woncount";
    public const string LostCount = "crmspm_lostcount";
    public const string WonAmount = "crmspm_wonamount";
    /// <summary>The rep's quota for the period (base currency); the milestone recognition measures attainment against it.</summary>
    public const string Quota = "crmspm_quota";
    /// <summary>Rep-level tips already raised this period (same shape as the deal's <c>crmspm_tipstate</c>).</summary>
    public const string TipState = "crmspm_tipstate";
    /// <summary>Recognitions already posted for the rep and period (Coaching/RecognitionLedger.cs): posted once each.</summary>
    public const string Recognitions = "crmspm_recognitions";
    public const string OwnerId = "ownerid";

    // Maximum lengths the CrmSpm solution declares (docs/data-model.md, "Column lengths").
    public const int NameMaxLength = 200;
    public const int KeyMaxLength = 100;
    public const int LargestGapMaxLength = 200;
    public const int TrendHistoryMaxLength = 4000;
    public const int TipStateMaxLength = 100000;
    public const int DetailsMaxLength = 100000;
    public const int RecognitionsMaxLength = 4000;

    /// <summary>The value of <see cref="Key"/> for a rep's period.</summary>
    public static string KeyOf(System.Guid repId, string period) => repId + "|" + period;
}
