using System;
using System.Globalization;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// The org's daily API usage from the <c>Sforce-Limit-Info</c> header, e.g.
/// <c>api-usage=18/5000; per-app-api-usage=17/250(appName=sample-connected-app)</c>.
/// </summary>
public sealed record ApiUsage(long Used, long Limit)
{
    public const string HeaderName = "Sforce-Limit-Info";

    public long Remaining => Math.Max(0, Limit - Used);

    /// <summary>Reads the <c>api-usage</c> part; null when the header is missing or unreadable.</summary>
    public static ApiUsage? TryParse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        foreach (var part in header!.Split(';'))
        {
            var trimmed = part.Trim();
            const string prefix = "api-usage=";
            if (!trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var numbers = trimmed.Substring(prefix.Length).Split('/');
            if (numbers.Length == 2
                && long.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var used)
                && long.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            {
                return new ApiUsage(used, limit);
            }
        }

        return null;
    }
}
