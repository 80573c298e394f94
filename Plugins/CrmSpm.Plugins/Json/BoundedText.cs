using System;
using System.Collections.Generic;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// Keeps every text we write within its column's maximum length (Dataverse refuses a longer value, which inside a
/// rep's save would abort it). Text a person reads is cut at a character boundary with an ellipsis; JSON lists drop
/// their least useful items until the document fits, so the column always holds valid JSON.
/// </summary>
public static class BoundedText
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> cut to at most <paramref name="maxLength"/> characters, never inside a surrogate pair.</summary>
    public static string? Truncate(string? text, int maxLength)
    {
        if (text == null || text.Length <= maxLength)
        {
            return text;
        }

        var keep = Math.Max(0, maxLength - Ellipsis.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--; // Never split a character made of two UTF-16 units.
        }

        return text.Substring(0, keep) + Ellipsis;
    }

    /// <summary>
    /// The JSON of <paramref name="items"/>, removing items (from the start when <paramref name="dropOldestFirst"/>,
    /// else from the end) until it fits <paramref name="maxLength"/> characters. Removes from the list it is given.
    /// </summary>
    public static string WriteList<T>(List<T> items, int maxLength, bool dropOldestFirst)
    {
        var json = JsonColumn.Write(items);
        while (json.Length > maxLength && items.Count > 0)
        {
            // Estimate how many items to drop from the average size, at least one per pass.
            var excess = json.Length - maxLength;
            var average = Math.Max(1, json.Length / items.Count);
            var drop = Math.Min(items.Count, Math.Max(1, excess / average));
            items.RemoveRange(dropOldestFirst ? 0 : items.Count - drop, drop);
            json = JsonColumn.Write(items);
        }

        return json;
    }
}
