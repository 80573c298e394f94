using System;
using System.Globalization;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Where a recompute run stands: the instant every page scores as of (so all pages of one run agree), and the next
/// team to process. Text form <c>v1|{as-of ticks}|{team index}</c>; empty means "start a new run".
/// </summary>
public sealed class RecalculationToken
{
    private const string Version = "v1";

    public RecalculationToken(DateTime asOf, int nextTeam)
    {
        AsOf = DateTime.SpecifyKind(asOf, DateTimeKind.Utc);
        NextTeam = nextTeam;
    }

    public DateTime AsOf { get; }

    public int NextTeam { get; }

    /// <summary>Reads a token; a blank one starts a run at <paramref name="now"/>. A token we did not write is an error.</summary>
    public static RecalculationToken Parse(string? text, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RecalculationToken(now, 0);
        }

        var parts = text!.Split('|');
        if (parts.Length != 3 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var team))
        {
            throw new FormatException("The continuation token is not one this recompute wrote; pass an empty token to start a new run.");
        }

        return new RecalculationToken(new DateTime(ticks, DateTimeKind.Utc), team);
    }

    public override string ToString() =>
        Version + "|" + AsOf.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + NextTeam.ToString(CultureInfo.InvariantCulture);
}
