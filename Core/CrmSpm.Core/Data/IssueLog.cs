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
        counts.TryGetValue(code, out var count);
        counts[code] = count + 1;
        if (count < MaxPerCode)
        {
            issues.Add(new DataIssue(code, recordType, recordId, message));
        }
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
}
