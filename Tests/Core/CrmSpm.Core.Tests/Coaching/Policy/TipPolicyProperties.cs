using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace CrmSpm.Core.Tests.Coaching.Policy;

/// <summary>
/// The policy's invariants over arbitrary stored states and rule verdicts: FsCheck picks the seed, the seed draws
/// stored tips in every status (snoozes past and future, answers old and new, past periods) and the tips firing now.
/// </summary>
public class TipPolicyProperties : TipPolicyTestBase
{
    private static readonly string[] Rules = { RuleIds.StaleDeal, RuleIds.PastDueCloseDate, RuleIds.SlippingDeal, RuleIds.StuckInStage };

    [FsCheckProperty(MaxTest = 300)]
    public bool ApplyingThePlan_Should_LeaveNothingMoreToDo(int seed, int perDeal, int perWeek)
    {
        var (tips, stored) = Draw(seed);
        var budget = new TipBudget(1 + Math.Abs(perDeal % 4), 1 + Math.Abs(perWeek % 6));

        var first = Plan(tips, stored, budget, period: "2026-11");
        var second = Plan(tips, first.ApplyTo(stored), budget, period: "2026-11");

        return !second.Writes.Any();
    }

    [FsCheckProperty(MaxTest = 300)]
    public bool EveryTipFiringNow_Should_BeActedOnKeptOrReportedDeferred(int seed)
    {
        var (tips, stored) = Draw(seed);
        var plan = Plan(tips, stored, new TipBudget(2, 3), period: "2026-11");
        var byKey = stored.ToDictionary(s => s.Key);

        // A firing tip is either in the plan, deferred with a reason, already open and unchanged, or waiting for its
        // reinforcement interval: never silently dropped.
        return tips.All(t => plan.Actions.Any(a => a.Key == t.Key) || plan.Deferred.Any(d => d.Key == t.Key)
            || (byKey.TryGetValue(t.Key, out var s) && (s.IsOpen || s.LastSurfacedOn > Now.AddDays(-21))));
    }

    private static (List<CoachingTip> Tips, List<StoredTip> Stored) Draw(int seed)
    {
        var random = new Random(seed);
        var tips = new List<CoachingTip>();
        var stored = new List<StoredTip>();
        for (var deal = 0; deal < 1 + random.Next(4); deal++)
        {
            foreach (var rule in Rules)
            {
                var tip = DealTip(rule, "d" + deal, "r" + random.Next(2), (Severity)random.Next(3), random.Next(5) * 10000,
                    "text " + random.Next(2));
                if (random.Next(2) == 0)
                {
                    tips.Add(tip);
                }

                if (random.Next(3) > 0)
                {
                    stored.Add(StoredAt(random, tip));
                }
            }
        }

        foreach (var period in new[] { "2026-10", "2026-11" })
        {
            var tip = RepTip(RuleIds.LowAdoption, period, "r" + random.Next(2));
            if (period == "2026-11" && random.Next(2) == 0)
            {
                tips.Add(tip);
            }

            if (random.Next(2) == 0)
            {
                stored.Add(StoredAt(random, tip));
            }
        }

        return (tips, stored.GroupBy(s => s.Key).Select(g => g.First()).ToList());
    }

    private static StoredTip StoredAt(Random random, CoachingTip tip)
    {
        var status = (StoredTipStatus)random.Next(6);
        var stored = Stored(WithText(tip, "text " + random.Next(2)), status, shownDaysAgo: random.Next(30), shows: 1 + random.Next(4));
        stored.RepId = "r" + random.Next(2); // The deal may have changed hands since.
        if (status == StoredTipStatus.Snoozed)
        {
            stored.SnoozedUntil = Now.AddDays(random.Next(-3, 4));
        }

        return stored;
    }
}
