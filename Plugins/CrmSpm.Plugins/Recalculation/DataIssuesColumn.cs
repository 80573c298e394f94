using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Data;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The recompute's data issues as the admin reads them (<see cref="DataIssuesDocument"/>), within
/// <c>crmspm_dataissuesjson</c>. Truncation rule (docs/plugins.md, "Data issues"): the same record, code and problem
/// make one entry with its count; entries go org-wide first (what the whole org lacks), then the most frequent, then
/// by code, record type, record id and problem (ordinal), so the same issues always give the same text; a problem is
/// cut at <see cref="ProblemMaxLength"/> characters; at most <see cref="MaxEntries"/> entries are kept, fewer when the
/// document would outgrow the column; <c>listed</c> then says how many of <c>total</c> the list covers.
/// </summary>
public static class DataIssuesColumn
{
    /// <summary>Entries kept at most: a page an admin reads, not an export (Core also lists at most 100 per code).</summary>
    public const int MaxEntries = 200;

    public const int ProblemMaxLength = 500;

    public static string Write(IEnumerable<DataIssue> issues, int maxLength = ModelStateColumns.DataIssuesJsonMaxLength)
    {
        var entries = issues
            .Where(i => i != null)
            .GroupBy(i => new { i.Code, i.RecordType, i.RecordId, i.Message }) // Not a value tuple: net462 has no System.ValueTuple.
            .Select(g => new DataIssueEntry
            {
                Code = g.Key.Code ?? "",
                RecordType = g.Key.RecordType ?? "",
                RecordId = g.Key.RecordId,
                Problem = BoundedText.Truncate(g.Key.Message, ProblemMaxLength) ?? "",
                Count = g.Count(),
            })
            .OrderBy(e => e.RecordType == RecordTypes.Org ? 0 : 1)
            .ThenByDescending(e => e.Count)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ThenBy(e => e.RecordType, StringComparer.Ordinal)
            .ThenBy(e => e.RecordId ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Problem, StringComparer.Ordinal)
            .ToList();
        var document = new DataIssuesDocument { Total = entries.Sum(e => e.Count), Issues = entries.Take(MaxEntries).ToList() };
        while (true)
        {
            document.Listed = document.Issues.Sum(e => e.Count);
            var json = JsonColumn.Write(document);
            if (json.Length <= maxLength || document.Issues.Count == 0)
            {
                return json;
            }

            // Drop from the end, an estimated share of the excess at a time (at least one entry).
            var average = Math.Max(1, json.Length / document.Issues.Count);
            var drop = Math.Min(document.Issues.Count, Math.Max(1, (json.Length - maxLength) / average));
            document.Issues.RemoveRange(document.Issues.Count - drop, drop);
        }
    }
}
