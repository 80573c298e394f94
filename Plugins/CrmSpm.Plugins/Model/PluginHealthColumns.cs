namespace CrmSpm.Plugins.Model;

/// <summary>
/// <c>crmspm_pluginhealth</c>: what an admin reads to see that CrmSpm's steps work. One row per step failure that a
/// rep's save survived (written in the save's own transaction, so it exists exactly when the save committed), and
/// one row per execution of the nightly recompute (its counts, including the stale deals it had to heal).
/// </summary>
public static class PluginHealthColumns
{
    public const string EntityName = "crmspm_pluginhealth";
    public const string Id = "crmspm_pluginhealthid";
    /// <summary>Primary name, 200: "{step} failed: {error type}" or "Recompute as of {instant}".</summary>
    public const string Name = "crmspm_name";
    /// <summary>Choice <see cref="PluginHealthKind"/>.</summary>
    public const string Kind = "crmspm_kind";
    /// <summary>Text 200: the plugin class, e.g. <c>OpportunityChangedPlugin</c>.</summary>
    public const string Step = "crmspm_step";
    /// <summary>Text 200: the event, e.g. "Update of opportunity".</summary>
    public const string Event = "crmspm_event";
    /// <summary>Text 200: the exception's type name.</summary>
    public const string ErrorType = "crmspm_errortype";
    /// <summary>Multiline 2,000: the exception's message, cut at the length.</summary>
    public const string ErrorMessage = "crmspm_errormessage";
    /// <summary>Text 100: the id of the row whose save ran the step.</summary>
    public const string RecordId = "crmspm_recordid";
    /// <summary>Text 100: the operation's correlation id, to find its trace lines where plug-in tracing is on.</summary>
    public const string CorrelationId = "crmspm_correlationid";
    /// <summary>Date and time (UTC): when it happened.</summary>
    public const string OccurredOn = "crmspm_occurredon";
    /// <summary>Date and time (UTC): the instant the recompute run scores as of; the same for every execution of one run.</summary>
    public const string RunAsOf = "crmspm_runasof";
    /// <summary>Whole numbers (0 and up): the recompute execution's counts.</summary>
    public const string TeamsCompleted = "crmspm_teamscompleted";
    public const string ScorecardsWritten = "crmspm_scorecardswritten";
    public const string DealsWritten = "crmspm_dealswritten";
    public const string StaleDeals = "crmspm_staledeals";
    public const string ServiceCalls = "crmspm_servicecalls";
    public const string DurationMs = "crmspm_durationms";
    /// <summary>Yes/No: this execution finished the run.</summary>
    public const string RunComplete = "crmspm_runcomplete";

    public const int NameLength = 200;
    public const int TextLength = 200;
    public const int IdLength = 100;
    public const int ErrorMessageLength = 2000;
}

/// <summary><c>crmspm_kind</c> of a health row.</summary>
public static class PluginHealthKind
{
    public const int StepFailure = 100000000;
    public const int RecomputeExecution = 100000001;
}
