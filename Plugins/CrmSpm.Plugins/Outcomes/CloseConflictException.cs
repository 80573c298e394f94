namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// A close's row kept changing under it for <see cref="OptimisticWrite.MaxAttempts"/> attempts. The plugin base records
/// it in <c>crmspm_pluginhealth</c> (the admin page shows it) and the nightly recompute rebuilds the count.
/// </summary>
public sealed class CloseConflictException : System.Exception
{
    public CloseConflictException(string message)
        : base(message)
    {
    }
}
