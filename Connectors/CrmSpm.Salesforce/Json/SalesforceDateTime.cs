using System;
using System.Globalization;

namespace CrmSpm.Salesforce.Json;

/// <summary>
/// Salesforce's wire format for dateTime fields: <c>2021-11-06T17:38:40.000+0000</c> (milliseconds, UTC,
/// offset without a colon). System.Text.Json only reads <c>+00:00</c>, hence this helper. SOQL literals use
/// ISO 8601 with <c>Z</c> and no quotes (<c>1999-01-01T23:01:01Z</c>), see <see cref="Query.Soql"/>.
/// </summary>
public static class SalesforceDateTime
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'+0000'";

    private static readonly string[] AcceptedFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:ss.fffK",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ssK",
    };

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(WireFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses <c>…+0000</c>, <c>…+00:00</c> and <c>…Z</c>; the result is always UTC.</summary>
    public static DateTimeOffset Parse(string text)
    {
        if (TryParse(text, out var value))
        {
            return value;
        }

        throw new FormatException($"'{text}' is not a Salesforce dateTime (expected e.g. 2021-11-06T17:38:40.000+0000).");
    }

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        // Fast path: the exact form Salesforce sends (…000+0000), the bulk of every sync.
        if (DateTimeOffset.TryParseExact(text, WireFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var wire))
        {
            value = wire;
            return true;
        }

        var normalised = InsertOffsetColon(text!);
        if (!DateTimeOffset.TryParseExact(normalised, AcceptedFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        value = parsed.ToUniversalTime();
        return true;
    }

    // "+0000" → "+00:00" so that the framework's zzz specifier accepts it.
    private static string InsertOffsetColon(string text)
    {
        var length = text.Length;
        if (length >= 5 && (text[length - 5] == '+' || text[length - 5] == '-')
            && char.IsDigit(text[length - 4]) && char.IsDigit(text[length - 1]) && text[length - 3] != ':')
        {
            return text.Substring(0, length - 2) + ":" + text.Substring(length - 2);
        }

        return text;
    }
}
