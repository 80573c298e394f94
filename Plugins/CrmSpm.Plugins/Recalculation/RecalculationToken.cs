using System;
using System.Globalization;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Where a recompute run stands: the instant every page scores as of (so all pages of one run agree), and the last
/// team (business unit id) done; the run resumes with the next team in id order. An id, unlike a position, still
/// means the same place when a team is added or removed between two pages. Text form
/// <c>v2|{as-of ticks}|{last team id}</c>; empty means "start a new run".
/// </summary>
public sealed class RecalculationToken
{
    private const string Version = "v2";

    public RecalculationToken(DateTime asOf, Guid? lastTeam)
    {
        AsOf = DateTime.SpecifyKind(asOf, DateTimeKind.Utc);
        LastTeam = lastTeam;
    }

    public DateTime AsOf { get; }

    /// <summary>The last team processed; null at the start of a run.</summary>
    public Guid? LastTeam { get; }

    /// <summary>True when <paramref name="teamId"/> comes after the last team done, in the id order the run follows.</summary>
    public bool IsAfterLastTeam(Guid teamId) => !LastTeam.HasValue || teamId.CompareTo(LastTeam.Value) > 0;

    /// <summary>Reads a token; a blank one starts a run at <paramref name="now"/>. A token we did not write is an error.</summary>
    public static RecalculationToken Parse(string? text, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RecalculationToken(now, null);
        }

        var parts = text!.Split('|');
        if (parts.Length != 3 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            || !Guid.TryParseExact(parts[2], "D", out var team))
        {
            throw new FormatException("The continuation token is not one this recompute wrote; pass an empty token to start a new run.");
        }

        return new RecalculationToken(new DateTime(ticks, DateTimeKind.Utc), team);
    }

    /// <summary>The text form; only a token with a last team is ever written (a run that is done returns an empty token).</summary>
    public override string ToString() =>
        Version + "|" + AsOf.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + (LastTeam?.ToString("D") ?? "");
}
