using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Coaching.Reinforcement;

namespace CrmSpm.Core.Tests.Coaching.Policy;

/// <summary>Builders for tip-policy cases: tips as the rules produce them and tips as a CRM stores them.</summary>
public abstract class TipPolicyTestBase : CoreTestBase
{
    protected static CoachingTip DealTip(string rule, string deal = "d1", string rep = "r1", Severity severity = Severity.Medium,
        double stake = 10000, string text = "Do it.\nMeasure — You: 16 days") => new CoachingTip
    {
        Key = TipKeys.ForDeal(rule, deal),
        RuleId = rule,
        RepId = rep,
        AssigneeId = rep,
        RecordType = TipRecordTypes.Opportunity,
        RecordId = deal,
        Severity = severity,
        Title = rule,
        Message = text,
        Stake = stake,
    };

    protected static CoachingTip RepTip(string rule, string period, string rep = "r1") => new CoachingTip
    {
        Key = TipKeys.ForRep(rule, rep, period),
        RuleId = rule,
        RepId = rep,
        AssigneeId = "m1",
        RecordType = TipRecordTypes.Rep,
        RecordId = rep,
        Title = rule,
        Message = "Review it.\nCRM adoption — Rep: 30/100 · Bar: 60/100",
    };

    /// <summary>A stored tip shown once, <paramref name="shownDaysAgo"/> ago, as its text was then.</summary>
    protected static StoredTip Stored(CoachingTip tip, StoredTipStatus status, double shownDaysAgo = 1, int shows = 1, string? text = null) => new StoredTip
    {
        Key = tip.Key,
        RepId = tip.RepId,
        Status = status,
        Fingerprint = text == null ? TipWording.Fingerprint(tip) : TipWording.Fingerprint(WithText(tip, text)),
        RaisedOn = DaysAgo(shownDaysAgo),
        LastSurfacedOn = DaysAgo(shownDaysAgo),
        ShowCount = shows,
        ClosedOn = status == StoredTipStatus.Open || status == StoredTipStatus.Snoozed ? null : DaysAgo(shownDaysAgo / 2),
    };

    protected static TipActionPlan Plan(IEnumerable<CoachingTip> tips, IEnumerable<StoredTip> stored, TipBudget? budget = null,
        string? period = null, Func<string, IEnumerable<CrmSpm.Core.Deals.DealReason>?>? reasons = null) =>
        TipPolicy.Plan(PlanInput(tips, stored, budget, period, reasons));

    protected static TipPolicyInput PlanInput(IEnumerable<CoachingTip> tips, IEnumerable<StoredTip> stored, TipBudget? budget = null,
        string? period = null, Func<string, IEnumerable<CrmSpm.Core.Deals.DealReason>?>? reasons = null) =>
        new TipPolicyInput
        {
            Now = Now,
            Tips = tips.ToList(),
            Stored = stored.ToList(),
            Schedule = new ReinforcementSchedule(new[] { 2, 7, 21 }),
            Budget = budget ?? TipBudget.Unlimited,
            Period = period,
            ReasonsOf = reasons,
        };

    protected static CoachingTip WithText(CoachingTip tip, string text) => new CoachingTip
    {
        Key = tip.Key, RuleId = tip.RuleId, RepId = tip.RepId, AssigneeId = tip.AssigneeId, RecordType = tip.RecordType,
        RecordId = tip.RecordId, Severity = tip.Severity, Title = tip.Title, Message = text, Stake = tip.Stake, Signal = tip.Signal,
    };

    protected static string Kinds(TipActionPlan plan) => string.Join(", ", plan.Actions.Select(a => a.Kind + " " + a.Key));
}
