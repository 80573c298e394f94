using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Scoring.Signals;

/// <summary>
/// What the data can support (docs/scoring.md §9). Per rep: activities, contacts, next steps, stage changes, open
/// deals, quota, start date. Per org: whether contacts, next steps, stage changes and open deals exist at all. A behaviour, adoption component or tip that needs
/// a missing input is not computed from zeros: it is left out ("no data"), and capture-health issues tell the
/// admin what is missing.
/// </summary>
public sealed class SignalCoverage
{
    /// <summary>Behaviours that need logged activities.</summary>
    private static readonly string[] ActivityBehaviourPrefixes = { BehaviourKeys.FirstTouchLatency, BehaviourKeys.MeetingShare, BehaviourKeys.TouchCadencePrefix };

    private Dictionary<string, RepSignals> byId = new Dictionary<string, RepSignals>(StringComparer.Ordinal);
    private IReadOnlyList<RepSignals> reps = new RepSignals[0];

    /// <summary>Per rep, in rep id order.</summary>
    public IReadOnlyList<RepSignals> Reps
    {
        get => reps;
        internal set
        {
            reps = value;
            byId = new Dictionary<string, RepSignals>(StringComparer.Ordinal);
            foreach (var rep in value)
            {
                byId[rep.RepId] = rep;
            }
        }
    }

    /// <summary>True when any deal in the org has a contact engaged.</summary>
    public bool OrgHasContacts { get; internal set; }

    /// <summary>True when any open deal in the org has a next step.</summary>
    public bool OrgHasNextSteps { get; internal set; }

    /// <summary>True when any deal in the org has a stage change recorded: days in a stage mean something.</summary>
    public bool OrgHasStageHistory { get; internal set; }

    /// <summary>True when the org has an open deal: next-step capture can only be judged on open deals.</summary>
    public bool OrgHasOpenDeals { get; internal set; }

    /// <summary>The signals of <paramref name="repId"/>; null when unknown.</summary>
    public RepSignals? Of(string repId) => repId != null && byId.TryGetValue(repId, out var signals) ? signals : null;

    /// <summary>Counts the signals of every rep over their open deals and deals closed since <paramref name="windowStart"/>.</summary>
    public static SignalCoverage Measure(IReadOnlyList<Rep> reps, IReadOnlyDictionary<string, List<DealFacts>> dealsByRep, DateTime now, DateTime windowStart)
    {
        var period = SalesPeriod.Containing(now).Key;
        var list = new List<RepSignals>(reps.Count);
        foreach (var rep in reps)
        {
            list.Add(Count(rep, dealsByRep[rep.Id], period, windowStart));
        }

        return FromReps(list);
    }

    /// <summary>
    /// The signals of one rep over <paramref name="deals"/> (<paramref name="period"/>: the current period's key); deals
    /// closed before <paramref name="windowStart"/> are skipped, and may be left out already (the full run does).
    /// </summary>
    internal static RepSignals Count(Rep rep, List<DealFacts> deals, string period, DateTime windowStart)
    {
        var signals = new RepSignals
        {
            RepId = rep.Id,
            TeamId = rep.TeamId,
            HasQuota = (rep.Quotas ?? new List<PeriodQuota>()).Any(q => q != null && q.Period == period && q.Amount > 0),
            HasStartDate = rep.StartDate >= RecordRepair.EarliestPlausible,
        };
        foreach (var deal in deals)
        {
            if (deal.KindAt(windowStart) == DealKind.ClosedBefore)
            {
                continue;
            }

            signals.Touches += deal.Touches;
            signals.RecentCallsAndEmails += deal.IsOpen ? deal.RecentCallsAndEmails : 0;
            signals.DealsWithContacts += deal.ContactsEngaged > 0 ? 1 : 0;
            signals.DealsWithStageChange += deal.HasStageChange ? 1 : 0;
            signals.OpenDeals += deal.IsOpen ? 1 : 0;
            signals.DealsWithNextStep += deal.IsOpen && deal.HasNextStep ? 1 : 0;
        }

        return signals;
    }

    /// <summary>The coverage of every rep's signals (<see cref="Count"/>, in rep id order) and the org's.</summary>
    internal static SignalCoverage FromReps(List<RepSignals> list) => new SignalCoverage
    {
        Reps = list,
        OrgHasContacts = list.Any(r => r.DealsWithContacts > 0),
        OrgHasNextSteps = list.Any(r => r.DealsWithNextStep > 0),
        OrgHasStageHistory = list.Any(r => r.DealsWithStageChange > 0),
        OrgHasOpenDeals = list.Any(r => r.OpenDeals > 0),
    };

    /// <summary>The rep's behaviour values without those whose input is missing.</summary>
    public Dictionary<string, double> Supported(string repId, Dictionary<string, double> values)
    {
        var signals = Of(repId);
        var result = new Dictionary<string, double>(values.Count, StringComparer.Ordinal);
        foreach (var pair in values)
        {
            if (IsSupported(signals, pair.Key))
            {
                result.Add(pair.Key, pair.Value);
            }
        }

        return result;
    }

    /// <summary>
    /// <see cref="Supported"/> in place: removes from <paramref name="values"/> the behaviours whose input is missing and
    /// returns it (the rest keep their order), where a copy per rep cost a dictionary each.
    /// </summary>
    internal Dictionary<string, double> KeepSupported(string repId, Dictionary<string, double> values)
    {
        var signals = Of(repId);
        List<string>? unsupported = null;
        foreach (var key in values.Keys)
        {
            if (!IsSupported(signals, key))
            {
                (unsupported ??= new List<string>()).Add(key);
            }
        }

        if (unsupported != null)
        {
            foreach (var key in unsupported)
            {
                values.Remove(key);
            }
        }

        return values;
    }

    /// <summary>True when the data supports a tip of rule <paramref name="ruleId"/> for <paramref name="repId"/>.</summary>
    public bool Supports(string ruleId, string repId) => Supports(ruleId, Of(repId));

    /// <summary>True when the data supports a tip of rule <paramref name="ruleId"/> for the rep of <paramref name="rep"/> (null: unknown rep).</summary>
    internal bool Supports(string ruleId, RepSignals? rep)
    {
        switch (ruleId)
        {
            case RuleIds.StaleDeal:
            case RuleIds.LowActivity:
                return rep?.HasActivities ?? false;
            case RuleIds.SingleThreadedLateStage:
                return OrgHasContacts;
            case RuleIds.MissingNextStep:
                return OrgHasNextSteps;
            case RuleIds.StuckInStage:
                return OrgHasStageHistory;
            default:
                return true;
        }
    }

    /// <summary>Capture-health issues for the admin: what is missing and what to check.</summary>
    public IEnumerable<DataIssue> Issues(int activityDays)
    {
        var n = Reps.Count;
        if (n == 0)
        {
            yield break;
        }

        var silent = Reps.Count(r => r.RecentCallsAndEmails == 0);
        if (silent > 0)
        {
            yield return Org(Invariant("{0} of {1} logged no calls or emails in {2}: is server-side email sync or activity capture on? Activity-based behaviours, benchmarks and tips are not computed for reps without any logged activity.", silent, Plural.Of(n, "rep"), Plural.Of(activityDays, "day")));
        }

        if (!OrgHasContacts)
        {
            yield return Org("No deal has a contact engaged: contact roles or connections are not captured, so contact behaviours and single-threaded tips are off.");
        }

        if (!OrgHasStageHistory)
        {
            yield return Org("No deal has a stage change recorded: is the sales process (stage) being updated on opportunities? Days-in-stage behaviours and stuck-in-stage tips are off.");
        }

        // Without open deals there is no next step to capture: silence, not a false alarm.
        if (OrgHasOpenDeals && !OrgHasNextSteps)
        {
            yield return Org("No open deal has a next step: the next-step field is not used, so next-step tips are off.");
        }

        var noQuota = Reps.Count(r => !r.HasQuota);
        if (noQuota > 0)
        {
            yield return Org(Plural.PartOf(noQuota, n, "rep", "has", "have") + " no quota for this period: attainment and coverage are not computed for them, and tiers rest on win rate alone.");
        }

        var noStart = Reps.Count(r => !r.HasStartDate);
        if (noStart > 0)
        {
            yield return Org(Plural.PartOf(noStart, n, "rep", "has", "have") + " no start date: their tier is not adjusted for tenure.");
        }
    }

    /// <summary>
    /// Contacts, next steps and stage changes are recorded org-wide or not at all (a rep with none shows a real 0);
    /// activity capture is per rep (per mailbox).
    /// </summary>
    private bool IsSupported(RepSignals? signals, string key)
    {
        if (key == BehaviourKeys.ContactsPerDeal)
        {
            return OrgHasContacts;
        }

        if (key == BehaviourKeys.NextStepDiscipline)
        {
            return OrgHasNextSteps;
        }

        if (key.StartsWith(BehaviourKeys.DaysInStagePrefix, StringComparison.Ordinal))
        {
            return OrgHasStageHistory;
        }

        foreach (var prefix in ActivityBehaviourPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return signals != null && signals.HasActivities;
            }
        }

        return true;
    }

    private static DataIssue Org(string message) => new DataIssue(DataIssueCodes.CaptureHealth, RecordTypes.Org, null, message);

    private static string Invariant(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
