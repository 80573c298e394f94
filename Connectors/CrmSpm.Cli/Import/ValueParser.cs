using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Import;

/// <summary>
/// Reads dates and amounts as written in one culture (never the machine's): "12/03/2026" is 3 December in en-US and
/// 12 March in fr-FR. Dates without a time are midnight UTC; a time without an offset is taken as UTC. Amounts may
/// carry a currency symbol or a three-letter code ("$1,200.50", "USD 1,200.50", "1 200,50 €"); any space counts as
/// the group separator where the culture's is a space (fr-FR writes U+202F, people type U+0020 or U+00A0). The currencies
/// the amounts name are counted (<see cref="Currencies"/>): a code as written, the culture's own symbol as its region's
/// currency (en-CA: $ is CAD), and otherwise € as EUR, £ as GBP, ¥ as JPY and $ as USD.
/// </summary>
public sealed class ValueParser
{
    private const DateTimeStyles DateStyles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
    /// <summary>Currency symbols other than the culture's, and the currency each is read as.</summary>
    private static readonly (string Symbol, string Code)[] Symbols = { ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY") };

    private readonly NumberFormatInfo numbers;
    private readonly Dictionary<string, int> currencies = new(StringComparer.Ordinal);

    public ValueParser(CultureInfo culture)
    {
        Culture = culture ?? throw new ArgumentNullException(nameof(culture));
        numbers = culture.NumberFormat;
        CultureCurrency = RegionCurrency(culture);
    }

    /// <summary>The currency of the culture's region (fr-FR: EUR); null for the invariant and neutral cultures.</summary>
    public string? CultureCurrency { get; }

    /// <summary>How many amounts read so far named each currency (amounts without a symbol or code are not counted).</summary>
    public IReadOnlyDictionary<string, int> Currencies => currencies;

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
        var cleaned = WithoutCurrency(text.Trim(), out var currency);
        if (IsSpace(numbers.NumberGroupSeparator))
        {
            cleaned = NormaliseSpaces(cleaned, numbers.NumberGroupSeparator);
        }

        if (!decimal.TryParse(cleaned, NumberStyles.Number, Culture, out var value))
        {
            return null;
        }

        if (currency != null)
        {
            currencies[currency] = currencies.GetValueOrDefault(currency) + 1;
        }

        return value;
    }

    /// <summary>A whole number (a count), or null.</summary>
    public int? Count(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, Culture, out var value) ? value : null;

    /// <summary><paramref name="text"/> without its currency symbol or code, and the <paramref name="currency"/> that named (null when none).</summary>
    private string WithoutCurrency(string text, out string? currency)
    {
        currency = null;
        var result = text;
        if (numbers.CurrencySymbol.Length > 0 && result.Contains(numbers.CurrencySymbol, StringComparison.Ordinal))
        {
            result = result.Replace(numbers.CurrencySymbol, "", StringComparison.Ordinal);
            currency = CultureCurrency;
        }

        foreach (var (symbol, code) in Symbols)
        {
            if (result.Contains(symbol, StringComparison.Ordinal))
            {
                result = result.Replace(symbol, "", StringComparison.Ordinal);
                currency ??= code;
            }
        }

        result = result.Trim();
        if (result.Length > 4 && CurrencyCodes.IsCode(result.Substring(0, 3)) && char.IsWhiteSpace(result[3]))
        {
            currency = result.Substring(0, 3);
            result = result.Substring(4);
        }
        else if (result.Length > 4 && CurrencyCodes.IsCode(result.Substring(result.Length - 3)) && char.IsWhiteSpace(result[^4]))
        {
            currency = result.Substring(result.Length - 3);
            result = result.Substring(0, result.Length - 4);
        }

        return result.Trim();
    }

    private static string? RegionCurrency(CultureInfo culture)
    {
        if (culture.IsNeutralCulture || culture.Name.Length == 0)
        {
            return null;
        }

        try
        {
            var code = new RegionInfo(culture.Name).ISOCurrencySymbol;
            return CurrencyCodes.IsCode(code) ? code : null;
        }
        catch (ArgumentException)
        {
            // A culture without a region of its own.
            return null;
        }
    }

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
