using System;
using System.Collections.Generic;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Signals;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// Runs the enabled deal rules of a profile on one deal: the per-deal entry point for plugins (one deal per
/// save) and the building block of the full run. Cost is a handful of comparisons per rule.
/// </summary>
public sealed class DealCoach
{
    private readonly List<KeyValuePair<IDealRule, RuleSettings>> enabled = new List<KeyValuePair<IDealRule, RuleSettings>>();
    private readonly List<IDealRule> disabled = new List<IDealRule>();

    // The rules supported for the owner of the last deal of AddTips (see Supported).
    private readonly bool[] supported;
    private SignalCoverage? supportedIn;
    private string? supportedBy;

    /// <summary>Prepares the rules enabled in <paramref name="profile"/>.</summary>
    public DealCoach(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        foreach (var rule in CoachingRuleCatalogue.DealRules)
        {
            var settings = profile.EnabledRule(rule.Id);
            if (settings != null)
            {
                enabled.Add(new KeyValuePair<IDealRule, RuleSettings>(rule, settings));
            }
            else
            {
                disabled.Add(rule);
            }
        }

        supported = new bool[enabled.Count];
    }

    /// <summary>
    /// Tips for <paramref name="context"/>'s deal, and the keys of tips that can be closed: conditions that
    /// cleared, every rule once the deal has closed, and rules switched off in the profile.
    /// </summary>
    public DealCoachingResult Evaluate(DealRuleContext context)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var tips = new List<CoachingTip>();
        var cleared = new List<string>();
        foreach (var pair in enabled)
        {
            var tip = pair.Key.Evaluate(context, pair.Value);
            if (tip != null)
            {
                tips.Add(tip);
            }
            else
            {
                cleared.Add(TipKeys.ForDeal(pair.Key.Id, context.Opportunity.Id));
            }
        }

        foreach (var rule in disabled)
        {
            cleared.Add(TipKeys.ForDeal(rule.Id, context.Opportunity.Id));
        }

        return new DealCoachingResult { Tips = tips, ClearedKeys = cleared };
    }

    /// <summary>
    /// Adds the tips for <paramref name="context"/>'s deal to <paramref name="tips"/>, without the cleared keys:
    /// the full scoring run does not close tips, so a key string per quiet rule and open deal would be wasted work.
    /// Rules whose input the owner's data lacks (<paramref name="signals"/>) are not run: their tip would be dropped.
    /// </summary>
    internal void AddTips(DealRuleContext context, SignalCoverage signals, List<CoachingTip> tips)
    {
        var isSupported = Supported(signals, context.Opportunity.OwnerId);
        for (var i = 0; i < enabled.Count; i++)
        {
            var pair = enabled[i];
            if (!isSupported[i])
            {
                continue;
            }

            var tip = pair.Key.Evaluate(context, pair.Value);
            if (tip != null)
            {
                tips.Add(tip);
            }
        }
    }

    /// <summary>
    /// Which enabled rules <paramref name="signals"/> supports for <paramref name="ownerId"/>, remembered while the owner
    /// stays the same (a run's deals come owner by owner, mostly).
    /// </summary>
    private bool[] Supported(SignalCoverage signals, string ownerId)
    {
        if (supportedBy == null || !ReferenceEquals(supportedIn, signals) || !string.Equals(supportedBy, ownerId, StringComparison.Ordinal))
        {
            var owner = signals.Of(ownerId);
            for (var i = 0; i < enabled.Count; i++)
            {
                supported[i] = signals.Supports(enabled[i].Key.Id, owner);
            }

            supportedIn = signals;
            supportedBy = ownerId;
        }

        return supported;
    }
}
