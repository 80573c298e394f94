namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Process exit codes of <c>crmspm salesforce sync</c> (docs/salesforce.md §3), kept beside the sync so that
/// schedulers and tests read one list. Every non-zero code means "look at the output".
/// </summary>
public static class SyncExitCodes
{
    /// <summary>Every record of the window was written.</summary>
    public const int Success = 0;

    /// <summary>Salesforce answered with an error, or did not answer; nothing was saved.</summary>
    public const int SalesforceError = 1;

    /// <summary>The config file, profile or a named variable or key file is wrong; no call was made.</summary>
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
