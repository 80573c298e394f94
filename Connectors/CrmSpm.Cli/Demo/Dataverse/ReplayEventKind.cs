namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>What a rep does in the CRM; the order also breaks ties between events of one deal at the same instant.</summary>
public enum ReplayEventKind
{
    /// <summary>Creates the deal at its first stage.</summary>
    DealCreated,

    /// <summary>Moves the estimated close date later.</summary>
    CloseDatePushed,

    /// <summary>Moves the deal to its next stage.</summary>
    StageChanged,

    /// <summary>Logs a completed call, email, meeting or task on the deal.</summary>
    ActivityCompleted,

    /// <summary>Writes down the agreed next step (after the first conversation).</summary>
    NextStepSet,

    /// <summary>Wins the deal (WinOpportunity).</summary>
    DealWon,

    /// <summary>Loses the deal (LoseOpportunity).</summary>
    DealLost,

    /// <summary>Plans a follow-up task (open, due later): a plan, not a touch.</summary>
    TaskPlanned,
}
