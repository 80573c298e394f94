using System.Collections.Generic;
using System.Globalization;

namespace CrmSpm.Core.Data;

/// <summary>Collects data issues, keeping at most <see cref="MaxPerCode"/> of each code plus a count of the rest.</summary>
internal sealed class IssueLog
{
    public const int MaxPerCode = 100;

    private readonly List<DataIssue> issues = new List<DataIssue>();
    private readonly Dictionary<string, int> counts = new Dictionary<string, int>();

    public void Add(string code, string recordType, string? recordId, string message)
    {
        if (CountIn(code))
        {
            issues.Add(new DataIssue(code, recordType, recordId, message));
        }
    }

    /// <summary>
    /// Adds what <paramref name="later"/> collected, as if each of its issues had been added here in its order: the issues
    /// it kept come first in each code, so this log's own cap keeps the same ones.
    /// </summary>
    public void AddFrom(IssueLog later)
    {
        foreach (var issue in later.issues)
        {
            if (CountIn(issue.Code))
            {
                issues.Add(issue);
            }
        }

        foreach (var pair in later.counts)
        {
            if (pair.Value > MaxPerCode)
            {
                counts[pair.Key] += pair.Value - MaxPerCode;
            }
        }
    }

    /// <summary>Where the log stands now, for <see cref="RollBack"/>.</summary>
    public Mark Checkpoint() => new Mark(issues.Count, new Dictionary<string, int>(counts));

    /// <summary>Forgets every issue added since <paramref name="mark"/>.</summary>
    public void RollBack(Mark mark)
    {
        issues.RemoveRange(mark.Issues, issues.Count - mark.Issues);
        counts.Clear();
        // Re-added in the order saved: the summaries in ToList follow the codes' first appearance.
        foreach (var pair in mark.Counts)
        {
            counts.Add(pair.Key, pair.Value);
        }
    }

    /// <summary>Counts one more issue of <paramref name="code"/>; true while the code is under its cap, so the issue is kept.</summary>
    private bool CountIn(string code)
    {
        counts.TryGetValue(code, out var count);
        counts[code] = count + 1;
        return count < MaxPerCode;
    }

    public IReadOnlyList<DataIssue> ToList()
    {
        var result = new List<DataIssue>(issues);
        foreach (var pair in counts)
        {
            if (pair.Value > MaxPerCode)
            {
                result.Add(new DataIssue(pair.Key, "summary", null,
                    (pair.Value - MaxPerCode).ToString(CultureInfo.InvariantCulture) + " more records with the same issue."));
            }
        }

        return result;
    }

    /// <summary>A point in the log to roll back to.</summary>
    public sealed class Mark
    {
        internal Mark(int issues, Dictionary<string, int> counts)
        {
            Issues = issues;
            Counts = counts;
        }

        internal int Issues { get; }

        internal Dictionary<string, int> Counts { get; }
    }
}
