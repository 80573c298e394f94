using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching.Rules;

namespace CrmSpm.Core.Coaching;

/// <summary>The rule implementations by id. Deal rules run per deal (cheap, in a save path); rep rules per period run.</summary>
public static class CoachingRuleCatalogue
{
    /// <summary>Rules about one deal, in <see cref="RuleIds.All"/> order.</summary>
    public static readonly IReadOnlyList<IDealRule> DealRules = new IDealRule[]
    {
        new StaleDealRule(), new PastDueCloseDateRule(), new MissingNextStepRule(), new SingleThreadedLateStageRule(),
        new SlippingDealRule(), new StuckInStageRule(), new LowActivityRule(),
    };

    /// <summary>Rules about a rep.</summary>
    public static readonly IReadOnlyList<IRepRule> RepRules = new IRepRule[] { new LowAdoptionRule(), new RecognitionRule() };

    /// <summary>The deal rule with <paramref name="ruleId"/>, or null.</summary>
    public static IDealRule? FindDealRule(string ruleId) => DealRules.FirstOrDefault(r => r.Id == ruleId);

    /// <summary>The rep rule with <paramref name="ruleId"/>, or null.</summary>
    public static IRepRule? FindRepRule(string ruleId) => RepRules.FirstOrDefault(r => r.Id == ruleId);
}
