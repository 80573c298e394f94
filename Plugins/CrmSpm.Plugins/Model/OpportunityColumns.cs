namespace CrmSpm.Plugins.Model;

/// <summary>The <c>opportunity</c> table: the standard columns we read and the <c>crmspm_</c> columns we add (docs/data-model.md).</summary>
public static class OpportunityColumns
{
    public const string EntityName = "opportunity";
    public const string Id = "opportunityid";

    // Standard columns.
    public const string Name = "name";
    public const string EstimatedValue = "estimatedvalue";
    /// <summary>The amount in the organization's base currency: the one every comparison uses.</summary>
    public const string EstimatedValueBase = "estimatedvalue_base";
    /// <summary>The close value of a won or lost deal (Core never uses it as the pipeline amount); base currency below.</summary>
    public const string ActualValue = "actualvalue";
    public const string ActualValueBase = "actualvalue_base";
    public const string EstimatedCloseDate = "estimatedclosedate";
    public const string ActualCloseDate = "actualclosedate";
    /// <summary>The stage name set by the business process flow; the profile's stage catalogue matches it.</summary>
    public const string StepName = "stepname";
    public const string SalesStage = "salesstage";
    public const string ParentAccountId = "parentaccountid";
    public const string OwnerId = "ownerid";
    public const string OwningBusinessUnit = "owningbusinessunit";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    // Columns added by CrmSpm.
    public const string NextStep = "crmspm_nextstep";
    public const string DealScore = "crmspm_dealscore";
    public const string PreviousDealScore = "crmspm_previousdealscore";
    /// <summary>JSON: the deal's recent scores, <c>[{"on","score"}]</c> oldest first (Deals/DealScoreHistory).</summary>
    public const string DealScoreHistory = "crmspm_dealscorehistory";
    public const string DealScoreReasons = "crmspm_dealscorereasons";
    public const string LastTouchOn = "crmspm_lasttouchon";
    public const string ClosedatePushCount = "crmspm_closedatepushcount";
    public const string StageEnteredOn = "crmspm_stageenteredon";
    public const string StageHistory = "crmspm_stagehistory";
    public const string ContactsEngaged = "crmspm_contactsengaged";
    public const string ActivityCount = "crmspm_activitycount";
    public const string TouchLog = "crmspm_touchlog";
    public const string TipState = "crmspm_tipstate";
    public const string ModelOutcome = "crmspm_modeloutcome";
    public const string ModelFeatures = "crmspm_modelfeatures";

    // Maximum lengths the CrmSpm solution declares for our JSON columns on the deal (docs/data-model.md).
    public const int DealScoreReasonsMaxLength = 100000;
    public const int DealScoreHistoryMaxLength = 4000;
    public const int StageHistoryMaxLength = 100000;
    public const int TouchLogMaxLength = 100000;
    public const int TipStateMaxLength = 100000;
    public const int ModelFeaturesMaxLength = 100000;

    /// <summary>The columns a rep's edit must touch for the opportunity step to run (its filtering attributes).</summary>
    public static readonly string[] TrackedByRep =
    {
        StepName, SalesStage, EstimatedCloseDate, EstimatedValue, NextStep, OwnerId,
    };

    /// <summary>
    /// Every column CrmSpm writes on a deal. None of them may appear in a filtering attribute list of a deal step,
    /// which is what keeps our own update of the deal from triggering our steps again.
    /// </summary>
    public static readonly string[] WrittenByCrmSpm =
    {
        DealScore, PreviousDealScore, DealScoreReasons, DealScoreHistory, LastTouchOn, ClosedatePushCount, StageEnteredOn, StageHistory,
        ActivityCount, TouchLog, TipState, ModelOutcome, ModelFeatures,
    };

    /// <summary>Everything the deal scorer reads from one opportunity row.</summary>
    public static readonly string[] ScoringInputs =
    {
        Name, EstimatedValue, EstimatedValueBase, ActualValue, ActualValueBase, EstimatedCloseDate, ActualCloseDate, StepName, SalesStage,
        ParentAccountId, OwnerId, OwningBusinessUnit, StateCode, CreatedOn, ModifiedOn, NextStep, DealScore, DealScoreReasons,
        DealScoreHistory, LastTouchOn, ClosedatePushCount, StageEnteredOn, StageHistory, ContactsEngaged, ActivityCount, TouchLog,
        TipState, ModelOutcome, ModelFeatures,
    };
}
