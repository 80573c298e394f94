using System;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// How many tips a rep sees: at most <see cref="PerDeal"/> open tips on one deal, and at most <see cref="PerRepPerWeek"/>
/// tips shown (raised or resurfaced) about one rep in any 7 days. Tips over the caps wait, highest expected value first.
/// </summary>
public sealed class TipBudget
{
    /// <summary>3 per deal, 10 per rep per week: enough for every deal rule that usually fires at once, few enough to read.</summary>
    public static readonly TipBudget Default = new TipBudget(3, 10);

    /// <summary>No cap (tests, and a profile that switches the budget off).</summary>
    public static readonly TipBudget Unlimited = new TipBudget(int.MaxValue, int.MaxValue);

    public TipBudget(int perDeal, int perRepPerWeek)
    {
        if (perDeal < 1 || perRepPerWeek < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(perDeal), "A tip budget allows at least one tip per deal and per rep per week.");
        }

        PerDeal = perDeal;
        PerRepPerWeek = perRepPerWeek;
    }

    /// <summary>The budget a profile sets (<c>windows.tipsPerDeal</c>, <c>windows.tipsPerRepPerWeek</c>).</summary>
    public static TipBudget From(Profile.ScoringProfile profile) =>
        new TipBudget(Math.Max(1, profile.Windows.TipsPerDeal), Math.Max(1, profile.Windows.TipsPerRepPerWeek));

    public int PerDeal { get; }

    public int PerRepPerWeek { get; }

    /// <summary>The window the weekly cap counts in.</summary>
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>True when a tip last shown on <paramref name="shownOn"/> counts against the weekly cap at <paramref name="now"/>.</summary>
    public static bool ShownInWeek(DateTime? shownOn, DateTime now) =>
        shownOn.HasValue && shownOn.Value > now - Week && shownOn.Value <= now;
}
