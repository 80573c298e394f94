using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// <c>task</c> Update (PostOperation, synchronous), filtered to the answer columns: a rep completing, dismissing or
/// snoozing a coaching tip is recorded as feedback on the deal, whoever makes the change: the rep, a flow, another
/// solution's plugin. Only our own writes (closing a cleared tip, reopening one) are not feedback: they carry our
/// marker (<see cref="OwnWriteMarker"/>), which depth cannot tell apart from a flow's update.
/// </summary>
public sealed class TipAnsweredPlugin : PluginBase
{
    private static readonly string[] ImageColumns =
    {
        ActivityColumns.RegardingObjectId, ActivityColumns.StateCode, CoachingTipColumns.RuleId, CoachingTipColumns.TipKey,
        CoachingTipColumns.Response, CoachingTipColumns.SnoozedUntil, ActivityColumns.OwningBusinessUnit,
    };

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.Update, CoachingTipColumns.EntityName, PipelineStage.PostOperation,
            StepMode.Synchronous, StepUser.System, rank: 2,
            filteringAttributes: CoachingTipColumns.RepAnswer,
            images: new[] { ImageRegistration.Post(ImageColumns) }),
    };

    public TipAnsweredPlugin()
        : this(SystemClock.Instance)
    {
    }

    public TipAnsweredPlugin(IClock clock)
        : base(clock)
    {
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var tip = context.PostImage();
        if (tip == null || tip.GetAttributeValue<string>(CoachingTipColumns.TipKey) == null || OwnWriteMarker.IsOwnWrite(context.ExecutionContext))
        {
            return;
        }

        // SYSTEM: the tip state lives on the deal, which a rep answering a manager-assigned tip may not be able to edit.
        new TipFeedbackService(context.SystemService, Clock, context.TracingService).OnAnswered(tip);
    }
}
