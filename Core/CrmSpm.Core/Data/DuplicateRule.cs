using System;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Which of two opportunities with one id is kept (docs/scoring.md, "Bad data"), decided by the records alone so
/// input order never matters: the later <c>ModifiedOn</c>; on a tie the closed one (a close is final), then the
/// later close date, the longer stage history, the later stage, the larger pipeline amount, and last the
/// ordinal comparison of stage and name. Public so an import resolves duplicate rows by the same rule.
/// </summary>
public static class DuplicateRule
{
    /// <summary>True when <paramref name="candidate"/> should replace <paramref name="kept"/>.</summary>
    public static bool Prefer(Opportunity candidate, Opportunity kept)
    {
        var order = candidate.ModifiedOn.CompareTo(kept.ModifiedOn);
        if (order == 0)
        {
            order = (candidate.IsOpen ? 0 : 1).CompareTo(kept.IsOpen ? 0 : 1);
        }

        if (order == 0)
        {
            order = Nullable.Compare(candidate.ActualCloseDate, kept.ActualCloseDate);
        }

        if (order == 0)
        {
            order = (candidate.StageHistory?.Count ?? 0).CompareTo(kept.StageHistory?.Count ?? 0);
        }

        if (order == 0)
        {
            order = candidate.PipelineAmount.CompareTo(kept.PipelineAmount);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(candidate.Stage, kept.Stage);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(candidate.Name, kept.Name);
        }

        if (order == 0)
        {
            order = ((int)candidate.Status).CompareTo((int)kept.Status);
        }

        return order > 0;
    }
}
