namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Process exit codes of the <c>crmspm</c> command line (Connectors/CrmSpm.Cli/README.md), kept beside the sync so
/// that schedulers and tests read one list. Every non-zero code means "look at stderr".
/// </summary>
public static class SyncExitCodes
{
    /// <summary>Every record of the window was written.</summary>
    public const int Success = 0;

    /// <summary>Any other failure: Salesforce answered with an error or not at all, or something unexpected; nothing was saved.</summary>
    public const int SalesforceError = 1;

    /// <summary>
    /// A usage or configuration error: a wrong command line, config file, profile, variable or key file (no call
    /// was made), or an org without our metadata or permissions (found by the describe; nothing was written).
    /// </summary>
    public const int ConfigProblem = 2;

    /// <summary>The token endpoint refused the login, or a rotated refresh token could not be stored.</summary>
    public const int LoginRefused = 3;

    /// <summary>The org's daily API allowance is used up; nothing was saved.</summary>
    public const int LimitReached = 4;

    /// <summary>
    /// The run completed and saved its state, but Salesforce refused some records (listed in the summary).
    /// They are retried on the next run; a refusal that repeats needs a person (e.g. an owner without access).
    /// </summary>
    public const int RecordsNotWritten = 5;

    /// <summary>The exit code of a run that reached its end.</summary>
    public static int For(SyncSummary summary) => summary.Failures.Count == 0 ? Success : RecordsNotWritten;
}
