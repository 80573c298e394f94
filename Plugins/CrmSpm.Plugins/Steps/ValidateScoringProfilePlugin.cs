using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Profiles;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// Rejects a scoring profile that does not load, listing every problem. The only CrmSpm step allowed to block a save:
/// PreValidation runs before the transaction, the place Dataverse recommends for cancelling (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline).
/// </summary>
public sealed class ValidateScoringProfilePlugin : PluginBase
{
    private static readonly string[] ProfileColumns = { ScoringProfileColumns.ProfileJson };

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.Create, ScoringProfileColumns.EntityName, PipelineStage.PreValidation,
            StepMode.Synchronous, StepUser.NoWrites),
        new StepRegistration(MessageNames.Update, ScoringProfileColumns.EntityName, PipelineStage.PreValidation,
            StepMode.Synchronous, StepUser.NoWrites, filteringAttributes: ProfileColumns),
    };

    public ValidateScoringProfilePlugin()
        : base(SystemClock.Instance)
    {
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => true;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target == null)
        {
            return;
        }

        var isUpdate = context.ExecutionContext.MessageName == MessageNames.Update;
        if (isUpdate && !target.Contains(ScoringProfileColumns.ProfileJson))
        {
            return; // Renaming or activating a profile leaves its (already validated) JSON alone.
        }

        var problems = new ScoringProfileValidator().ProblemsIn(target.GetAttributeValue<string>(ScoringProfileColumns.ProfileJson));
        if (problems.Count > 0)
        {
            context.Trace("Rejected the scoring profile: {0} problems.", problems.Count);
            throw new InvalidPluginExecutionException(ScoringProfileValidator.RejectionMessage(problems));
        }
    }
}
