using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// The OData query options the panels send — $select, $filter, $orderby, $expand (with nested options separated by
/// ';') and $top — as in https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-data-web-api.
/// </summary>
public sealed class ODataOptions
{
    public IReadOnlyList<string> Select { get; private init; } = Array.Empty<string>();

    public string? Filter { get; private init; }

    public IReadOnlyList<(string Property, bool Descending)> OrderBy { get; private init; } = Array.Empty<(string, bool)>();

    public IReadOnlyList<(string Navigation, ODataOptions Options)> Expand { get; private init; } = Array.Empty<(string, ODataOptions)>();

    public int? Top { get; private init; }

    /// <summary>Reads decoded option pairs (name → value); unknown or malformed options throw <see cref="WebApiException"/>.</summary>
    public static ODataOptions From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        IReadOnlyList<string> select = Array.Empty<string>();
        string? filter = null;
        IReadOnlyList<(string, bool)> orderBy = Array.Empty<(string, bool)>();
        var expand = new List<(string, ODataOptions)>();
        int? top = null;
        foreach (var (name, value) in pairs)
        {
            switch (name)
            {
                case "$select":
                    select = SplitTopLevel(value, ',');
                    break;
                case "$filter":
                    filter = value;
                    break;
                case "$orderby":
                    orderBy = ParseOrderBy(value);
                    break;
                case "$top":
                    top = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                        ? n
                        : throw WebApiException.BadRequest($"The value '{value}' of $top is not a positive whole number.");
                    break;
                case "$expand":
                    foreach (var item in SplitTopLevel(value, ','))
                    {
                        expand.Add(ParseExpand(item));
                    }

                    break;
                default:
                    throw WebApiException.BadRequest($"The query option '{name}' is not supported here.");
            }
        }

        return new ODataOptions { Select = select, Filter = filter, OrderBy = orderBy, Expand = expand, Top = top };
    }

    private static (string, ODataOptions) ParseExpand(string item)
    {
        var open = item.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return (item.Trim(), new ODataOptions());
        }

        if (!item.EndsWith(')'))
        {
            throw WebApiException.BadRequest($"The $expand item '{item}' has no closing parenthesis.");
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var option in SplitTopLevel(item[(open + 1)..^1], ';'))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw WebApiException.BadRequest($"The nested option '{option}' has no value.");
            }

            pairs.Add(new(option[..equals].Trim(), option[(equals + 1)..]));
        }

        return (item[..open].Trim(), From(pairs));
    }

    private static List<(string, bool)> ParseOrderBy(string value)
    {
        var result = new List<(string, bool)>();
        foreach (var part in SplitTopLevel(value, ','))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = words.Length == 2 && words[1] == "desc";
            if (words.Length is < 1 or > 2 || (words.Length == 2 && !descending && words[1] != "asc"))
            {
                throw WebApiException.BadRequest($"The $orderby item '{part}' is not 'property [asc|desc]'.");
            }

            result.Add((words[0], descending));
        }

        return result;
    }

    /// <summary>Splits at <paramref name="separator"/> outside parentheses and quoted strings.</summary>
    internal static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == separator)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            parts.Add(last);
        }

        return parts;
    }
}
