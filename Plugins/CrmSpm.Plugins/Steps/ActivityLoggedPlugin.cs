using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Activities;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// <c>task</c>, <c>phonecall</c>, <c>appointment</c>, <c>email</c> Create, Update and Delete (PostOperation,
/// synchronous): a completed activity touches its deal and account. Registered per concrete table (activitypointer has no Create, Update or Delete message: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer).
/// The Update steps are filtered to regarding, state and actual end, so a state change (which the platform may deliver
/// as a separate Update) is caught too; the post-image gives the activity as saved, the pre-image as it
/// was, so an activity moved to another deal, reopened or cancelled leaves its old deal. Delete has only a pre-image
/// (the row is gone) and takes the touch off the deal. Create has no pre-image, which keeps it at ≤ 3 round trips.
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
        var table = execution.PrimaryEntityName;
        var before = context.PreImage() is { } pre ? ActivityTouch.From(table, execution.PrimaryEntityId, pre) : null;
        var postImage = context.PostImage();
        var image = execution.MessageName == MessageNames.Delete ? null : postImage ?? context.TargetEntity;
        var after = image == null ? null : ActivityTouch.From(table, execution.PrimaryEntityId, image);
        if ((after ?? before) is not { } activity || activity.TipKey != null)
        {
            return; // Our own tips: cheap exit before any service call, which also ends the loop of our tip writes.
        }

        // Everything is written as SYSTEM: a rep may log a call on a colleague's deal that their role cannot edit,
        // and the deal's derived columns must stay current regardless.
        var refresher = DealRefresher.ForEvent(context);
        var service = new ActivityEventService(new DealContextReader(context.SystemService), refresher, context.SystemService, Clock, context.TracingService);
        if (after == null)
        {
            service.OnRemoved(before!);
        }
        else
        {
            // Without the post-image the Target holds only the changed columns: comparing it with the pre-image could
            // take a touch off a deal it still regards, so only a full post-image may end a touch.
            service.OnUpdated(postImage != null ? before : null, after);
        }
    }

    private static IEnumerable<StepRegistration> StepsFor(string table)
    {
        var post = ImageRegistration.Post(ImageColumns(table));
        var pre = ImageRegistration.Pre(PreImageColumns(table));
        yield return new StepRegistration(MessageNames.Create, table, PipelineStage.PostOperation, StepMode.Synchronous,
            StepUser.System, images: new[] { post });
        yield return new StepRegistration(MessageNames.Update, table, PipelineStage.PostOperation, StepMode.Synchronous,
            StepUser.System, filteringAttributes: ActivityColumns.TrackedOnUpdate, images: new[] { pre, post });
        yield return new StepRegistration(MessageNames.Delete, table, PipelineStage.PostOperation, StepMode.Synchronous,
            StepUser.System, images: new[] { pre });
    }

    /// <summary>What decides whether the activity touched a deal before the event: regarding and state (+ tip key on task).</summary>
    private static IEnumerable<string> PreImageColumns(string table) =>
        ImageColumns(table).Where(c => c != ActivityColumns.ActualEnd);

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
