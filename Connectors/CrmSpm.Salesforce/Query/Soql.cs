using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmSpm.Salesforce.Query;

/// <summary>
/// SOQL literals and identifiers. Record data only ever enters a query through these helpers, so a value
/// such as <c>' OR Name != '</c> stays a string and can never change the query.
/// </summary>
public static class Soql
{
    private static readonly Regex Identifier = new("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    /// <summary>A quoted string literal with SOQL's escape sequences (\' \" \\ \n \r \t \b \f).</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\'' => "\\'",
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>
    /// An unquoted dateTime literal in UTC, e.g. <c>2021-11-06T17:38:40Z</c>. SOQL literals have no
    /// fraction of a second, so the value must be whole seconds (sync windows are cut on whole seconds).
    /// </summary>
    public static string DateTime(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        if (utc.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException($"SOQL dateTime literals have whole seconds; {utc:O} has a fraction.", nameof(value));
        }

        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>A parenthesised list of quoted strings for <c>IN</c>.</summary>
    public static string In(IEnumerable<string> values)
    {
        var quoted = values.Select(Quote).ToList();
        if (quoted.Count == 0)
        {
            throw new ArgumentException("An IN list needs at least one value.", nameof(values));
        }

        return "(" + string.Join(", ", quoted) + ")";
    }

    /// <summary>Checks an object or field name (from configuration) before it is written into a query.</summary>
    public static string Name(string name)
    {
        if (string.IsNullOrEmpty(name) || !Identifier.IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid Salesforce object or field name.", nameof(name));
        }

        return name;
    }
}
