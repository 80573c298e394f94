using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The weekly tip cap across a rep's deals in the nightly recompute (docs/plugins.md, "Weekly tip cap"), from the team
/// as loaded: no call of its own. Each rep starts with the tips their deals' tip states say were shown in the last 7
/// days; the new tips the deals to write would show are ranked across the rep's deals, highest expected value first
/// (<see cref="TipValue"/>), and the rep's free slots promised to the best of them. A deal is then planned with what is
/// shown or promised elsewhere (<see cref="ShownElsewhere"/>), so the deals, written in id order, raise the most
/// valuable tips and never more than the cap, whichever deal comes first.
/// </summary>
public sealed class WeeklyTipSlots
{
    private readonly Dictionary<Guid, int> _shown = new Dictionary<Guid, int>();
    private readonly Dictionary<Guid, int> _promised = new Dictionary<Guid, int>();
    private readonly Dictionary<Guid, int> _promisedTo = new Dictionary<Guid, int>();

    private WeeklyTipSlots()
    {
    }

    /// <param name="teamDeals">Every deal of the team as loaded, written ones included: what they show counts.</param>
    /// <param name="toWrite">The deals this execution writes, prepared.</param>
    public static WeeklyTipSlots Plan(IEnumerable<Entity> teamDeals, IEnumerable<PreparedDeal> toWrite, int perRepPerWeek, DateTime now)
    {
        var slots = new WeeklyTipSlots();
        foreach (var deal in teamDeals)
        {
            if (deal.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId) is { } owner)
            {
                Add(slots._shown, owner.Id, ShownThisWeek.In(deal.GetAttributeValue<string>(OpportunityColumns.TipState), now));
            }
        }

        var byRep = toWrite.Where(d => d.OwnerId.HasValue)
            .SelectMany(d => d.WouldShow().Select(tip => new { Deal = d.Row.Id, Rep = d.OwnerId!.Value, Tip = tip }))
            .GroupBy(c => c.Rep);
        foreach (var rep in byRep)
        {
            var free = Math.Max(0, perRepPerWeek - Count(slots._shown, rep.Key));
            foreach (var best in rep.OrderBy(c => c.Tip, Comparer<CoachingTip>.Create(TipValue.Compare)).Take(free))
            {
                Add(slots._promisedTo, best.Deal, 1);
                Add(slots._promised, rep.Key, 1);
            }
        }

        return slots;
    }

    /// <summary>The tips shown to the deal's owner this week on their other deals, plus the slots promised to them.</summary>
    public int ShownElsewhere(PreparedDeal deal)
    {
        if (!deal.OwnerId.HasValue)
        {
            return 0;
        }

        var rep = deal.OwnerId.Value;
        return Count(_shown, rep) - deal.ShownInWeek + Count(_promised, rep) - Count(_promisedTo, deal.Row.Id);
    }

    /// <summary>After the deal's write: what it showed counts from now on, and its promised slots are spent (or given up).</summary>
    public void Written(PreparedDeal deal, int shownBefore)
    {
        if (!deal.OwnerId.HasValue)
        {
            return;
        }

        var rep = deal.OwnerId.Value;
        Add(_shown, rep, deal.ShownInWeek - shownBefore);
        Add(_promised, rep, -Count(_promisedTo, deal.Row.Id));
        _promisedTo.Remove(deal.Row.Id);
    }

    private static int Count(Dictionary<Guid, int> counts, Guid key) => counts.TryGetValue(key, out var n) ? n : 0;

    private static void Add(Dictionary<Guid, int> counts, Guid key, int n) => counts[key] = Count(counts, key) + n;
}
