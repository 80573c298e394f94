using System;
using System.Globalization;

namespace CrmSpm.Plugins.Json;

/// <summary>The one date format of our JSON columns: ISO 8601 in UTC, which the web resources parse directly.</summary>
public static class IsoDate
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Write(DateTime value) =>
        DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Utc)
            .ToString(Format, CultureInfo.InvariantCulture);

    public static DateTime? Read(string? text) =>
        DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : (DateTime?)null;
}
