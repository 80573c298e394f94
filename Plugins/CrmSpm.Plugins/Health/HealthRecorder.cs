using System;
using System.Globalization;
using System.ServiceModel;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Health;

/// <summary>
/// Writes <c>crmspm_pluginhealth</c> rows (docs/plugins.md, "Health"). A failure on a rep's save path is recorded in
/// that save's transaction: it commits exactly when the save does, which is exactly when our failure was swallowed.
/// A failed service call has already doomed the transaction (the platform rolls the whole save back and the rep sees
/// the error), so nothing is written then: the write would fail too.
/// </summary>
public static class HealthRecorder
{
    /// <summary>Records a failure a save survived; false (and a trace line) when it cannot be recorded.</summary>
    public static bool TryRecordStepFailure(LocalPluginContext context, string step, Exception exception, DateTime now)
    {
        // An asynchronous job (a close) runs outside any transaction: a failed call there dooms nothing, so it is recorded.
        if (context.ExecutionContext.IsInTransaction && FromServiceCall(exception))
        {
            context.Trace("{0}: not recorded in crmspm_pluginhealth, a failed service call ends the transaction.", step);
            return false;
        }

        var execution = context.ExecutionContext;
        var row = new Entity(PluginHealthColumns.EntityName)
        {
            [PluginHealthColumns.Name] = Cut(step + " failed: " + exception.GetType().Name, PluginHealthColumns.NameLength),
            [PluginHealthColumns.Kind] = new OptionSetValue(PluginHealthKind.StepFailure),
            [PluginHealthColumns.Step] = Cut(step, PluginHealthColumns.TextLength),
            [PluginHealthColumns.Event] = Cut(execution.MessageName + (string.IsNullOrEmpty(execution.PrimaryEntityName) ? "" : " of " + execution.PrimaryEntityName), PluginHealthColumns.TextLength),
            [PluginHealthColumns.ErrorType] = Cut(exception.GetType().FullName ?? exception.GetType().Name, PluginHealthColumns.TextLength),
            [PluginHealthColumns.ErrorMessage] = Cut(exception.Message, PluginHealthColumns.ErrorMessageLength),
            [PluginHealthColumns.RecordId] = execution.PrimaryEntityId == Guid.Empty ? null : execution.PrimaryEntityId.ToString("D"),
            [PluginHealthColumns.CorrelationId] = execution.CorrelationId.ToString("D"),
            [PluginHealthColumns.OccurredOn] = now,
        };
        try
        {
            context.SystemService.Create(row);
            return true;
        }
        catch (Exception writeFailure)
        {
            // Only a missing table or a platform fault gets here; the save already carries the platform's verdict.
            context.Trace("{0}: could not record the failure in crmspm_pluginhealth: {1}", step, writeFailure.Message);
            return false;
        }
    }

    /// <summary>Records one execution of the recompute (inside its own transaction, so a failed execution leaves none).</summary>
    public static void RecordRecompute(IOrganizationService service, RecalculationResult result, int calls, TimeSpan elapsed, DateTime now)
    {
        service.Create(new Entity(PluginHealthColumns.EntityName)
        {
            [PluginHealthColumns.Name] = "Recompute as of " + result.AsOf.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC",
            [PluginHealthColumns.Kind] = new OptionSetValue(PluginHealthKind.RecomputeExecution),
            [PluginHealthColumns.Step] = "RecalculateScorecardsPlugin",
            [PluginHealthColumns.Event] = MessageNames.RecalculateScorecards,
            [PluginHealthColumns.OccurredOn] = now,
            [PluginHealthColumns.RunAsOf] = result.AsOf,
            [PluginHealthColumns.TeamsCompleted] = result.TeamsCompleted,
            [PluginHealthColumns.ScorecardsWritten] = result.ScorecardsWritten,
            [PluginHealthColumns.DealsWritten] = result.DealsWritten,
            [PluginHealthColumns.StaleDeals] = result.StaleDeals,
            [PluginHealthColumns.ServiceCalls] = calls,
            [PluginHealthColumns.DurationMs] = (int)Math.Min(int.MaxValue, (long)elapsed.TotalMilliseconds),
            [PluginHealthColumns.RunComplete] = result.RunComplete,
        });
    }

    private static bool FromServiceCall(Exception? exception)
    {
        for (; exception != null; exception = exception.InnerException)
        {
            if (exception is FaultException<OrganizationServiceFault>)
            {
                return true;
            }
        }

        return false;
    }

    private static string Cut(string text, int length) => BoundedText.Truncate(text, length) ?? "";
}
