using System.Collections.Generic;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// The order a run lists its tips in: most severe first, then by key (ordinal), equal keys in the order raised, i.e.
/// <c>OrderByDescending(t =&gt; t.Severity).ThenBy(t =&gt; t.Key, StringComparer.Ordinal)</c>, with far fewer comparisons.
/// A rule raises its tips deal by deal in id order, so each rule's tips mostly arrive sorted already: they form a
/// run that is only checked; the runs, put in the order of their first tips, are merged pairwise, two runs that do not
/// overlap (another rule: the keys start with the rule id) joined after one comparison.
/// </summary>
internal static class TipOrder
{
    /// <summary>The tips of <paramref name="tips"/> in order, as a new list.</summary>
    public static List<CoachingTip> Sort(List<CoachingTip> tips)
    {
        var runs = RunsByRule(tips);
        // Runs in the order of their first tips: neighbours then rarely overlap, so most merges are joins.
        runs.Sort((x, y) => Compare(x[0], y[0]));
        // Runs of different rules whose keys do not interleave (the usual case) are already in order one after the other.
        while (runs.Count > 1 && !FollowEachOther(runs))
        {
            var merged = new List<List<Entry>>((runs.Count + 1) / 2);
            for (var i = 0; i < runs.Count; i += 2)
            {
                merged.Add(i + 1 < runs.Count ? Merge(runs[i], runs[i + 1]) : runs[i]);
            }

            runs = merged;
        }

        var sorted = new List<CoachingTip>(tips.Count);
        foreach (var run in runs)
        {
            foreach (var entry in run)
            {
                sorted.Add(entry.Tip);
            }
        }

        return sorted;
    }

    /// <summary>The tips of each rule and severity in the order raised, each run then sorted (a look when it already is).</summary>
    private static List<List<Entry>> RunsByRule(List<CoachingTip> tips)
    {
        // Each run's rule and severity side by side: a run per rule, so a short scan per tip. The tips are counted per
        // run first, so each run's list is made at its size.
        var runRules = new List<string>();
        var runSeverities = new List<Severity>();
        var counts = new List<int>();
        var runOf = new int[tips.Count];
        for (var i = 0; i < tips.Count; i++)
        {
            var tip = tips[i];
            var r = 0;
            while (r < runRules.Count && !(runSeverities[r] == tip.Severity && string.Equals(runRules[r], tip.RuleId)))
            {
                r++;
            }

            if (r == runRules.Count)
            {
                runRules.Add(tip.RuleId);
                runSeverities.Add(tip.Severity);
                counts.Add(0);
            }

            counts[r]++;
            runOf[i] = r;
        }

        var runs = new List<List<Entry>>(counts.Count);
        foreach (var count in counts)
        {
            runs.Add(new List<Entry>(count));
        }

        for (var i = 0; i < tips.Count; i++)
        {
            runs[runOf[i]].Add(new Entry(tips[i], i));
        }

        foreach (var run in runs)
        {
            if (!IsSorted(run))
            {
                run.Sort(Compare);
            }
        }

        return runs;
    }

    /// <summary>True when each run's last tip comes before the next run's first: the runs read in turn are in order.</summary>
    private static bool FollowEachOther(List<List<Entry>> runs)
    {
        for (var i = 1; i < runs.Count; i++)
        {
            if (Compare(runs[i - 1][runs[i - 1].Count - 1], runs[i][0]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSorted(List<Entry> run)
    {
        for (var i = 1; i < run.Count; i++)
        {
            if (Compare(run[i - 1], run[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static List<Entry> Merge(List<Entry> first, List<Entry> second)
    {
        if (Compare(first[first.Count - 1], second[0]) < 0)
        {
            first.AddRange(second);
            return first;
        }

        if (Compare(second[second.Count - 1], first[0]) < 0)
        {
            second.AddRange(first);
            return second;
        }

        var merged = new List<Entry>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            merged.Add(Compare(first[i], second[j]) <= 0 ? first[i++] : second[j++]);
        }

        for (; i < first.Count; i++)
        {
            merged.Add(first[i]);
        }

        for (; j < second.Count; j++)
        {
            merged.Add(second[j]);
        }

        return merged;
    }

    /// <summary>Severity descending, then key, then the order raised: a total order, so any correct merge gives the one answer.</summary>
    private static int Compare(Entry x, Entry y)
    {
        var bySeverity = ((int)y.Tip.Severity).CompareTo((int)x.Tip.Severity);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byKey = string.CompareOrdinal(x.Tip.Key, y.Tip.Key);
        return byKey != 0 ? byKey : x.Index.CompareTo(y.Index);
    }

    /// <summary>A tip and its position in the order raised.</summary>
    private struct Entry
    {
        public Entry(CoachingTip tip, int index)
        {
            Tip = tip;
            Index = index;
        }

        public CoachingTip Tip { get; }

        public int Index { get; }
    }
}
