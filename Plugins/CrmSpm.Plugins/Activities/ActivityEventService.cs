using System;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Activities;

/// <summary>
/// A rep completed an activity: record the touch on the deal (last touch, touch log, the deal's activity count) and on
/// its account, rescore the deal and close tips whose condition cleared (a stale-deal tip closes when the deal is
/// touched). Round trips for a touch on a deal: one read, one write of the deal, one of the account when the touch
/// is its newest, plus one per tip that changes. The reverse, when an activity stops touching a deal (deleted,
/// reopened, cancelled, or moved to another deal), takes the touch off that deal at the same cost minus the account:
/// an account's last touch is never moved backwards (the next touch moves it on).
/// </summary>
public sealed class ActivityEventService
{
    private readonly DealContextReader _reader;
    private readonly DealRefresher _refresher;
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly ITracingService _tracing;

    public ActivityEventService(DealContextReader reader, DealRefresher refresher, IOrganizationService service, IClock clock, ITracingService tracing)
    {
        _reader = reader;
        _refresher = refresher;
        _service = service;
        _clock = clock;
        _tracing = tracing;
    }

    /// <summary>
    /// An activity was updated: when it touched a deal before (<paramref name="before"/>, the pre-image) and no longer
    /// touches that same deal, its touch comes off the old deal; then the saved activity is handled as any save.
    /// </summary>
    public DealRefreshResult? OnUpdated(ActivityTouch? before, ActivityTouch after)
    {
        if (before != null && before.TouchesDeal && !(after.TouchesDeal && after.Regarding!.Id == before.Regarding!.Id))
        {
            OnRemoved(before);
        }

        return OnSaved(after);
    }

    /// <summary>The activity no longer touches the deal it regarded (deleted, or its update ended the touch).</summary>
    public DealRefreshResult? OnRemoved(ActivityTouch before)
    {
        if (!before.TouchesDeal)
        {
            return null;
        }

        var now = _clock.UtcNow;
        var deal = _reader.Read(before.Regarding!.Id, SalesPeriod.Containing(now).Key);
        if (deal == null)
        {
            return null; // The deal itself is gone or unreadable: nothing to take the touch off.
        }

        var row = deal.Opportunity;
        var log = TouchLog.Read(row.GetAttributeValue<string>(OpportunityColumns.TouchLog));
        if (!log.Remove(before.ActivityId))
        {
            return null; // Never logged (or already removed): the deal is unchanged, so no rescore either.
        }

        var changes = new Entity(OpportunityColumns.EntityName, row.Id);
        Set(row, changes, OpportunityColumns.TouchLog, log.ToJson());
        Set(row, changes, OpportunityColumns.ActivityCount, Math.Max(0, (row.GetAttributeValue<int?>(OpportunityColumns.ActivityCount) ?? 1) - 1));
        if (row.GetAttributeValue<DateTime?>(OpportunityColumns.LastTouchOn) != log.LastTouchOn)
        {
            Set(row, changes, OpportunityColumns.LastTouchOn, log.LastTouchOn);
        }

        return _refresher.Refresh(deal, _refresher.ProfileFor(deal), changes, now);
    }

    public DealRefreshResult? OnSaved(ActivityTouch activity)
    {
        if (activity.TipKey != null || !activity.IsCompleted || activity.Regarding == null)
        {
            return null; // Our own tips, open activities and unrelated ones are not touches.
        }

        var now = _clock.UtcNow;
        // A touch can be logged late but not in the future: a future date would make the deal look fresh for weeks.
        var touchedOn = activity.CompletedOn.HasValue && activity.CompletedOn.Value < now ? activity.CompletedOn.Value : now;
        switch (activity.Regarding.LogicalName)
        {
            case OpportunityColumns.EntityName:
                return TouchDeal(activity, touchedOn, now);
            case AccountColumns.EntityName:
                TouchAccount(activity.Regarding.Id, null, touchedOn, knownLastTouch: false);
                return null;
            default:
                return null;
        }
    }

    private DealRefreshResult? TouchDeal(ActivityTouch activity, DateTime touchedOn, DateTime now)
    {
        var deal = _reader.Read(activity.Regarding!.Id, SalesPeriod.Containing(now).Key);
        if (deal == null)
        {
            _tracing.Trace("Activity {0} regards opportunity {1}, which is not readable.", activity.ActivityId, activity.Regarding.Id);
            return null;
        }

        var row = deal.Opportunity;
        var changes = new Entity(OpportunityColumns.EntityName, row.Id);
        var log = TouchLog.Read(row.GetAttributeValue<string>(OpportunityColumns.TouchLog));
        if (log.Add(activity.ActivityId, touchedOn, activity.Kind, null))
        {
            Set(row, changes, OpportunityColumns.TouchLog, log.ToJson());
            Set(row, changes, OpportunityColumns.ActivityCount, (row.GetAttributeValue<int?>(OpportunityColumns.ActivityCount) ?? 0) + 1);
            var lastTouch = row.GetAttributeValue<DateTime?>(OpportunityColumns.LastTouchOn);
            if (!lastTouch.HasValue || touchedOn > lastTouch.Value)
            {
                Set(row, changes, OpportunityColumns.LastTouchOn, touchedOn);
            }
        }

        var account = row.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccountId);
        var accountMoves = account != null && !(deal.AccountLastTouch.HasValue && deal.AccountLastTouch.Value >= touchedOn);
        _refresher.ReserveCallsAfter(accountMoves ? 1 : 0);
        var result = _refresher.Refresh(deal, _refresher.ProfileFor(deal), changes, now);
        if (account != null)
        {
            TouchAccount(account.Id, deal.AccountLastTouch, touchedOn, knownLastTouch: true);
        }

        return result;
    }

    private void TouchAccount(Guid accountId, DateTime? lastTouch, DateTime touchedOn, bool knownLastTouch)
    {
        if (!knownLastTouch)
        {
            var query = new QueryExpression(AccountColumns.EntityName) { ColumnSet = new ColumnSet(AccountColumns.LastTouchOn), TopCount = 1 };
            query.Criteria.AddCondition(AccountColumns.Id, ConditionOperator.Equal, accountId);
            var account = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
            if (account == null)
            {
                return;
            }

            lastTouch = account.GetAttributeValue<DateTime?>(AccountColumns.LastTouchOn);
        }

        if (lastTouch.HasValue && lastTouch.Value >= touchedOn)
        {
            return; // A late-logged touch never moves the account's last touch backwards.
        }

        _service.Update(new Entity(AccountColumns.EntityName, accountId) { [AccountColumns.LastTouchOn] = touchedOn });
    }

    private static void Set(Entity row, Entity changes, string column, object? value)
    {
        row[column] = value;
        changes[column] = value;
    }
}
