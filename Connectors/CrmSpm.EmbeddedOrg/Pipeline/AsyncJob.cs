namespace CrmSpm.EmbeddedOrg.Pipeline;

// An asynchronous step waiting to run: the step, the context captured at commit, and its system-job record.
internal sealed record AsyncJob(RegisteredStep Step, PluginContext Context, SystemJob Record);
