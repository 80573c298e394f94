using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.State;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Storage mapping around Core's <see cref="TipPolicy"/> (docs/scoring.md, "Tip policy"): the sync state's tips become
/// the policy's stored tips, its decisions become Task upserts (raise, resurface, refresh) and closes (cleared,
/// superseded). A task is fingerprinted by the fields written, so an unchanged tip costs no call. Pure: the state is
/// not modified here; <see cref="CoachingWriter"/> records what Salesforce confirmed.
/// </summary>
public sealed class TipPlanner
{
    private readonly ReinforcementSchedule _schedule;
    private readonly TipBudget _budget;

    public TipPlanner(ReinforcementSchedule schedule, TipBudget? budget = null)
    {
        _schedule = schedule;
        _budget = budget ?? TipBudget.Unlimited;
    }

    /// <summary>Plans a run's tip writes from Core's result: its period, the deals' owners and score reasons.</summary>
    public TipPlan Plan(ScoringResult result, OrgSnapshot snapshot, IReadOnlyDictionary<string, TipState> tips, DateTimeOffset now)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var deal in snapshot.Opportunities.Where(o => o != null))
        {
            owners[deal.Id] = deal.OwnerId;
        }

        var reasons = new Dictionary<string, IEnumerable<DealReason>>(StringComparer.Ordinal);
        foreach (var score in result.DealScores)
        {
            reasons[score.OpportunityId] = score.PositiveReasons.Concat(score.NegativeReasons);
        }

        return Plan(result.Tips, tips, now, result.Period,
            key => TipKeys.IsDeal(key) ? (owners.TryGetValue(TipKeys.RecordIdOf(key), out var owner) ? owner : null) : TipKeys.RecordIdOf(key),
            id => reasons.TryGetValue(id, out var found) ? found : null);
    }

    /// <param name="period">The scoring period: open rep-level tips of another period are superseded.</param>
    /// <param name="repOf">The rep a stored tip's record belongs to (for the weekly cap); null when unknown.</param>
    /// <param name="reasonsOf">A deal's score reasons by opportunity id, so no tip contradicts them.</param>
    public TipPlan Plan(IReadOnlyList<CoachingTip> activeTips, IReadOnlyDictionary<string, TipState> tips, DateTimeOffset now,
        string? period = null, Func<string, string?>? repOf = null, Func<string, IEnumerable<DealReason>?>? reasonsOf = null)
    {
        var decided = TipPolicy.Plan(new TipPolicyInput
        {
            Now = now.UtcDateTime,
            Tips = activeTips,
            Stored = tips.Values.Select(t => ToStored(t, now, repOf)).ToList(),
            Schedule = _schedule,
            Budget = _budget,
            Period = period,
            Fingerprint = tip => Fingerprint.Of(TipTaskBuilder.Build(tip)),
            ReasonsOf = reasonsOf,
        });

        var writes = new List<TipWrite>();
        var closes = new List<TipClose>();
        foreach (var action in decided.Writes)
        {
            var show = action.After.ToShowState();
            switch (action.Kind)
            {
                case TipActionKind.Raise:
                case TipActionKind.Resurface:
                    writes.Add(new TipWrite(action.Tip!, TipTaskBuilder.Reopen(TipTaskBuilder.Build(action.Tip!)), action.After.Fingerprint!, Reopen: true, show));
                    break;
                case TipActionKind.Refresh:
                    writes.Add(new TipWrite(action.Tip!, TipTaskBuilder.Build(action.Tip!), action.After.Fingerprint!, Reopen: false, show));
                    break;
                default:
                    // Close and Supersede: a task never written (no id yet) has nothing to close.
                    if (tips.TryGetValue(action.Key, out var state) && state.TaskId is not null)
                    {
                        closes.Add(new TipClose(action.Key, state.TaskId, show));
                    }

                    break;
            }
        }

        return new TipPlan(writes, closes, decided.Deferred);
    }

    /// <summary>The sync state's view of a tip as Core's stored tip; a snooze in force hides the tip whatever else the state says.</summary>
    public static StoredTip ToStored(TipState tip, DateTimeOffset now, Func<string, string?>? repOf = null) => new StoredTip
    {
        Key = tip.Key,
        RepId = repOf?.Invoke(tip.Key),
        Status = tip.SnoozedUntil > now ? StoredTipStatus.Snoozed
            : tip.IsOpen ? StoredTipStatus.Open
            : tip.Response == F.Tip.ResponseDone ? StoredTipStatus.Done
            : tip.Response == F.Tip.ResponseDismissed ? StoredTipStatus.Dismissed
            : StoredTipStatus.Cleared,
        SnoozedUntil = tip.SnoozedUntil?.UtcDateTime,
        Fingerprint = tip.Fingerprint,
        LastSurfacedOn = tip.LastShownOn?.UtcDateTime,
        ShowCount = tip.ShowCount,
        ClosedOn = tip.ClosedOn?.UtcDateTime,
    };
}
