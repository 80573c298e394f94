using System;
using System.Collections.Generic;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// The deal's recent scores (<c>crmspm_dealscorehistory</c>, oldest first) for the opportunity panel's history and
/// trend: a score is appended only when it differs from the last one kept, and the list keeps the newest
/// <see cref="MaxEntries"/> within the column's length. Unreadable history (edited by hand) starts again.
/// </summary>
public static class DealScoreHistory
{
    /// <summary>How many scores are kept: about a quarter of weekly changes, what a sparkline shows legibly.</summary>
    public const int MaxEntries = 12;

    /// <summary>The new history JSON with <paramref name="score"/> at <paramref name="now"/>, or null when it is unchanged.</summary>
    public static string? Append(string? historyJson, int score, DateTime now)
    {
        var entries = JsonColumn.Read<List<ScoreHistoryEntry>>(historyJson) ?? new List<ScoreHistoryEntry>();
        entries.RemoveAll(e => e == null);
        if (entries.Count > 0 && entries[entries.Count - 1].Score == score)
        {
            return null;
        }

        entries.Add(new ScoreHistoryEntry { On = IsoDate.Write(now), Score = score });
        if (entries.Count > MaxEntries)
        {
            entries.RemoveRange(0, entries.Count - MaxEntries);
        }

        return BoundedText.WriteList(entries, OpportunityColumns.DealScoreHistoryMaxLength, dropOldestFirst: true);
    }
}
