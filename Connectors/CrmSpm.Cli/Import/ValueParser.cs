using System;
using System.Globalization;
using System.Text;

namespace CrmSpm.Cli.Import;

/// <summary>
/// Reads dates and amounts as written in one culture (never the machine's): "12/03/2026" is 3 December in en-US and
/// 12 March in fr-FR. Dates without a time are midnight UTC; a time without an offset is taken as UTC. Amounts may
/// carry a currency symbol or a three-letter code ("$1,200.50", "USD 1,200.50", "1 200,50 €"); any space counts as
/// the group separator where the culture's is a space (fr-FR writes U+202F, people type U+0020 or U+00A0).
/// </summary>
public sealed class ValueParser
{
    private const DateTimeStyles DateStyles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
    private readonly NumberFormatInfo numbers;

    public ValueParser(CultureInfo culture)
    {
        Culture = culture ?? throw new ArgumentNullException(nameof(culture));
        numbers = culture.NumberFormat;
    }

    public CultureInfo Culture { get; }

    /// <summary>The culture's name for messages: "invariant" for the invariant culture.</summary>
    public string CultureName => Culture.Name.Length == 0 ? "the invariant culture" : Culture.Name;

    /// <summary>The culture called <paramref name="name"/> ("" or "invariant": invariant); a configuration error when unknown.</summary>
    public static CultureInfo CultureFor(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
            return culture;
        }
        catch (CultureNotFoundException)
        {
            throw new Mapping.ImportConfigurationException("--culture " + name + " is not a culture name this machine knows; use e.g. en-US, fr-FR or invariant.");
        }
    }

    /// <summary>A UTC instant, or null when <paramref name="text"/> is not a date in the culture (ISO 8601 is always accepted).</summary>
    public DateTime? Date(string text)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, new[] { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss" },
                CultureInfo.InvariantCulture, DateStyles, out var iso))
        {
            return iso;
        }

        return DateTime.TryParse(trimmed, Culture, DateStyles, out var local) ? local : null;
    }

    /// <summary>An amount, or null when <paramref name="text"/> is not a number in the culture.</summary>
    public decimal? Amount(string text)
    {
        var cleaned = WithoutCurrency(text.Trim());
        if (IsSpace(numbers.NumberGroupSeparator))
        {
            cleaned = NormaliseSpaces(cleaned, numbers.NumberGroupSeparator);
        }

        return decimal.TryParse(cleaned, NumberStyles.Number, Culture, out var value) ? value : null;
    }

    /// <summary>A whole number (a count), or null.</summary>
    public int? Count(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, Culture, out var value) ? value : null;

    private string WithoutCurrency(string text)
    {
        var result = text.Replace(numbers.CurrencySymbol, "", StringComparison.Ordinal);
        foreach (var symbol in new[] { "$", "€", "£", "¥" })
        {
            result = result.Replace(symbol, "", StringComparison.Ordinal);
        }

        result = result.Trim();
        if (result.Length > 4 && IsCurrencyCode(result.AsSpan(0, 3)) && char.IsWhiteSpace(result[3]))
        {
            result = result.Substring(4);
        }
        else if (result.Length > 4 && IsCurrencyCode(result.AsSpan(result.Length - 3)) && char.IsWhiteSpace(result[^4]))
        {
            result = result.Substring(0, result.Length - 4);
        }

        return result.Trim();
    }

    private static bool IsCurrencyCode(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    private static bool IsSpace(string separator) => separator.Length == 1 && char.IsWhiteSpace(separator[0]);

    private static string NormaliseSpaces(string text, string separator)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsWhiteSpace(c) ? separator : c.ToString());
        }

        return builder.ToString();
    }
}
