using System.Collections.Generic;
using CrmSpm.Core.Deals;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// Keeps a tip from contradicting the deal score shown beside it. A tip calls its signal a problem; when the deal's
/// score reasons say the same signal (the same deal-model feature) raises this deal's chance of winning, the two
/// cannot both be read as true, so the tip is suppressed. A benchmark no better than the rep's own figure is never
/// cited (<see cref="TipWording"/>), so "2 contacts engaged (wins less often here)" never sits beside "top performers
/// engage 2 contacts".
/// </summary>
public static class TipReasonCheck
{
    /// <summary>True when <paramref name="reasons"/> say the tip's signal helps the deal.</summary>
    public static bool Contradicts(CoachingTip tip, IEnumerable<DealReason>? reasons)
    {
        var feature = tip.Signal?.Feature;
        if (reasons == null || string.IsNullOrEmpty(feature))
        {
            return false;
        }

        foreach (var reason in reasons)
        {
            if (reason.Feature == feature && reason.Impact > 0)
            {
                return true;
            }
        }

        return false;
    }
}
