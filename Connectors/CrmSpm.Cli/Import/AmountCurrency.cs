using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Import;

/// <summary>
/// The currency an import's amounts are in, which the coaching queue names in its expected gain ("≈ EUR 4,200"):
/// <c>--currency</c> when given, else the one the amounts name (<see cref="ValueParser.Currencies"/>), else the culture's
/// region's, else the profile's default. CrmSpm never converts: amounts naming several currencies are summed as they
/// are, so the summary says so and names the one shown.
/// </summary>
public static class AmountCurrency
{
    /// <summary>
    /// Decides the currency and tells <paramref name="summary"/> how, under <paramref name="file"/> (the opportunities).
    /// <paramref name="requested"/> must be a currency code (an <see cref="Mapping.ImportConfigurationException"/> otherwise).
    /// </summary>
    public static string Decide(string? requested, ValueParser parser, string fallback, ImportSummary summary, string file)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(summary);
        var named = parser.Currencies.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        string currency;
        if (requested != null)
        {
            currency = requested.Trim().ToUpperInvariant();
            if (!CurrencyCodes.IsCode(currency))
            {
                throw new Mapping.ImportConfigurationException("--currency " + requested + " is not a currency code; use three letters, e.g. EUR (ISO 4217).");
            }

            var others = named.Where(p => p.Key != currency).ToList();
            summary.Remark(file, "amounts taken as " + currency + " (--currency)" +
                (others.Count == 0 ? "" : "; " + Describe(others) + " are not converted"));
            return currency;
        }

        if (named.Count > 0)
        {
            currency = named[0].Key;
            summary.Remark(file, named.Count == 1
                ? "amounts in " + currency + ", as they are written"
                : "amounts in " + named.Count.ToString(CultureInfo.InvariantCulture) + " currencies (" + Describe(named) + "), summed without conversion; "
                    + "the expected gain is shown in " + currency + ", the most used; convert them first, or set --currency");
            return currency;
        }

        currency = parser.CultureCurrency ?? fallback;
        summary.Remark(file, "amounts name no currency: taken as " + currency +
            (parser.CultureCurrency != null ? ", " + parser.CultureName + "'s currency" : "") + "; --currency sets another");
        return currency;
    }

    /// <summary>"118 amounts in EUR, 3 in USD".</summary>
    private static string Describe(IReadOnlyList<KeyValuePair<string, int>> counts) =>
        string.Join(", ", counts.Select((p, i) => p.Value.ToString(CultureInfo.InvariantCulture) + (i == 0 ? (p.Value == 1 ? " amount" : " amounts") : "") + " in " + p.Key));
}
