using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Activities;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Profiles;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// <c>task</c>, <c>phonecall</c>, <c>appointment</c>, <c>email</c> Create and Update (PostOperation, synchronous):
/// a completed activity touches its deal and account. Registered per concrete table (contract §2.9). The Update steps
/// are filtered to regarding, state and actual end, so a state change (which the platform may deliver as a separate
/// Update, contract §2.9) is caught too; the post-image gives the whole activity either way.
/// </summary>
public sealed class ActivityLoggedPlugin : PluginBase
{
    private static readonly StepRegistration[] Registrations = ActivityColumns.Tables.SelectMany(StepsFor).ToArray();

    public ActivityLoggedPlugin()
        : this(SystemClock.Instance)
    {
    }

    public ActivityLoggedPlugin(IClock clock)
        : base(clock)
    {
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var image = context.PostImage() ?? context.TargetEntity;
        if (image == null)
        {
            return;
        }

        var activity = ActivityTouch.From(execution.PrimaryEntityName, execution.PrimaryEntityId, image);
        if (activity.TipKey != null)
        {
            return; // Our own tips: cheap exit before any service call, which also ends the loop of our tip writes.
        }

        // Everything is written as SYSTEM: a rep may log a call on a colleague's deal that their role cannot edit,
        // and the deal's derived columns must stay current regardless.
        var refresher = new DealRefresher(
            new ActiveProfileReader(context.SystemService),
            new ProfileResolver(context.TracingService),
            new DealModelLoader(context.TracingService),
            context.SystemService,
            new TipWriter(context.SystemService),
            context.TracingService);
        new ActivityEventService(new DealContextReader(context.SystemService), refresher, context.SystemService, Clock, context.TracingService)
            .OnSaved(activity);
    }

    private static IEnumerable<StepRegistration> StepsFor(string table)
    {
        var image = new[] { ImageRegistration.Post(ImageColumns(table)) };
        yield return new StepRegistration(MessageNames.Create, table, PipelineStage.PostOperation, StepMode.Synchronous,
            StepUser.System, images: image);
        yield return new StepRegistration(MessageNames.Update, table, PipelineStage.PostOperation, StepMode.Synchronous,
            StepUser.System, filteringAttributes: ActivityColumns.TrackedOnUpdate, images: image);
    }

    private static IEnumerable<string> ImageColumns(string table)
    {
        var columns = new List<string> { ActivityColumns.RegardingObjectId, ActivityColumns.StateCode, ActivityColumns.ActualEnd };
        if (table == CoachingTipColumns.EntityName)
        {
            columns.Add(CoachingTipColumns.TipKey); // Only tasks carry it; an image column must exist on its table.
        }

        return columns;
    }
}
