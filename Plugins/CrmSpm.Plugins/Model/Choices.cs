namespace CrmSpm.Plugins.Model;

/// <summary><c>statecode</c> of <c>opportunity</c>.</summary>
public static class OpportunityState
{
    public const int Open = 0;
    public const int Won = 1;
    public const int Lost = 2;
}

/// <summary><c>statecode</c> of activities (and therefore of tips).</summary>
public static class ActivityState
{
    public const int Open = 0;
    public const int Completed = 1;
    public const int Canceled = 2;
}

/// <summary><c>crmspm_severity</c> of a tip.</summary>
public static class TipSeverityChoice
{
    public const int Low = 100000000;
    public const int Medium = 100000001;
    public const int High = 100000002;
}

/// <summary><c>crmspm_response</c>: the rep's answer to a tip.</summary>
public static class TipResponseChoice
{
    public const int Done = 100000000;
    public const int Dismissed = 100000001;
    public const int Snoozed = 100000002;
}

/// <summary><c>crmspm_tier</c> of a scorecard.</summary>
public static class TierChoice
{
    public const int A = 100000000;
    public const int B = 100000001;
    public const int C = 100000002;
    public const int NotTiered = 100000003;
}

/// <summary><c>crmspm_modeloutcome</c>: which closed outcome of the deal the team's model currently counts.</summary>
public static class ModelOutcomeChoice
{
    public const int Won = 100000000;
    public const int Lost = 100000001;
}
