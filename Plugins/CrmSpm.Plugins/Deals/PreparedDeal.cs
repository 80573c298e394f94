using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// A deal rescored and coached by <see cref="DealRefresher.Prepare"/>, nothing written yet (<see cref="DealRefresher.Write"/>
/// writes it): its update so far, its tip state reconciled with its tasks, and the tips the rules produce now.
/// </summary>
public sealed class PreparedDeal
{
    private TipPlanner? _planner;
    private IReadOnlyList<CoachingTip> _tips = new CoachingTip[0];
    private Dictionary<Guid, ExistingTip> _existing = new Dictionary<Guid, ExistingTip>();
    private string _repId = "";

    internal PreparedDeal(Entity row, Entity changes, DateTime now)
    {
        Row = row;
        Changes = changes;
        Now = now;
    }

    public Entity Row { get; }

    public DateTime Now { get; }

    /// <summary>The owner (the rep the deal's tips are about); null when the deal is not coached.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>False when the deal is not scored or coached (its stage is not mapped): only the caller's changes are written.</summary>
    public bool Coached => _planner != null;

    /// <summary>The tips the deal's tip state says were shown this week, as it stands (after <see cref="DealRefresher.Write"/>, with its shows).</summary>
    public int ShownInWeek => ShownThisWeek.In(State, Now);

    internal Entity Changes { get; }

    internal DealRefreshResult Result { get; } = new DealRefreshResult();

    internal List<TipStateEntry> State { get; private set; } = new List<TipStateEntry>();

    internal string? StoredState { get; private set; }

    internal Func<string, string> KeyOf { get; private set; } = rule => rule;

    internal EntityReference? Owner { get; private set; }

    internal void Coach(TipPlanner planner, IReadOnlyList<CoachingTip> tips, List<TipStateEntry> state, string? storedState,
        Func<string, string> keyOf, Dictionary<Guid, ExistingTip> existing, EntityReference? owner, string repId)
    {
        _planner = planner;
        _tips = tips;
        _existing = existing;
        State = state;
        StoredState = storedState;
        KeyOf = keyOf;
        Owner = owner;
        _repId = repId;
        OwnerId = Guid.TryParse(repId, out var id) ? id : (Guid?)null;
    }

    internal ExistingTip? ExistingOf(string key) => _existing.TryGetValue(TipIdentity.ForKey(key), out var task) ? task : null;

    /// <summary>The policy's plan for the deal's tips, <paramref name="shownElsewhere"/> tips shown to the owner this week elsewhere.</summary>
    internal TipActionPlan PlanTips(int shownElsewhere) =>
        _planner!.Plan(State.Select(e => new KeyValuePair<string, TipStateEntry>(KeyOf(e.RuleId), e)), _tips, ExistingOf,
            _ => Owner, _repId, Now, reasons: Result.Reasons, shownElsewhere: shownElsewhere);

    /// <summary>The tips the deal would show were nothing shown elsewhere: the recompute ranks them across the owner's deals.</summary>
    public IReadOnlyList<CoachingTip> WouldShow() =>
        Coached ? PlanTips(0).Actions.Where(a => a.Shows).Select(a => a.Tip!).ToList() : (IReadOnlyList<CoachingTip>)new CoachingTip[0];
}
