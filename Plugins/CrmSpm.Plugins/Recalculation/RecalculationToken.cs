using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Where a recompute run stands: the instant every execution scores as of (so all executions of one run agree), where
/// the run's org standing is stored (<see cref="StandingStore"/>), the team (business unit id) last worked on, and,
/// when that team is unfinished, the last deal written in it. Teams and deals are visited in <see cref="Order"/> of
/// their ids: an id, unlike a position, still means the same place when a team or deal is added or removed between
/// two executions.
/// Text form <c>v4|{as-of ticks}|{standing row id}|{run id}|{team id}|{last deal id}</c>: an empty team means only the
/// standing is done; an empty last deal means the team is done; the empty Guid means its model and scorecards are
/// written but no deal yet. An empty token means "start a new run".
/// </summary>
public sealed class RecalculationToken
{
    private const string Version = "v4";

    private RecalculationToken(DateTime asOf, StandingReference? standing, Guid? team, Guid? lastDeal)
    {
        AsOf = DateTime.SpecifyKind(asOf, DateTimeKind.Utc);
        Standing = standing;
        Team = team;
        LastDeal = lastDeal;
    }

    /// <summary>The one order of teams and deals in a run: by id, compared as .NET compares Guids (never the store's order).</summary>
    public static IComparer<Guid> Order { get; } = Comparer<Guid>.Default;

    public DateTime AsOf { get; }

    /// <summary>Where the run's org standing is stored; null at the start of a run, before it is decided.</summary>
    public StandingReference? Standing { get; }

    /// <summary>The team last worked on; null before the first team.</summary>
    public Guid? Team { get; }

    /// <summary>The last deal written in <see cref="Team"/> when that team is unfinished; null when it is done.</summary>
    public Guid? LastDeal { get; }

    /// <summary>The start of a run scoring as of <paramref name="asOf"/>.</summary>
    public static RecalculationToken Start(DateTime asOf) => new RecalculationToken(asOf, null, null, null);

    /// <summary>The run's standing is stored, no team done yet.</summary>
    public static RecalculationToken AfterStanding(DateTime asOf, StandingReference standing) => new RecalculationToken(asOf, standing, null, null);

    /// <summary>Every team up to and including <paramref name="team"/> is done.</summary>
    public static RecalculationToken AfterTeam(DateTime asOf, StandingReference standing, Guid team) => new RecalculationToken(asOf, standing, team, null);

    /// <summary><paramref name="team"/>'s model and scorecards are written, and its deals up to <paramref name="lastDeal"/> (the empty Guid: none yet).</summary>
    public static RecalculationToken InTeam(DateTime asOf, StandingReference standing, Guid team, Guid lastDeal) => new RecalculationToken(asOf, standing, team, lastDeal);

    /// <summary>True when the run still has work in <paramref name="teamId"/>: a later team, or the unfinished one.</summary>
    public bool HasWorkIn(Guid teamId) =>
        !Team.HasValue || Order.Compare(teamId, Team.Value) > 0 || (teamId == Team.Value && LastDeal.HasValue);

    /// <summary>The deal to resume after in <paramref name="teamId"/>, or null when the team starts from its model and scorecards.</summary>
    public Guid? ResumeAfter(Guid teamId) => Team == teamId ? LastDeal : null;

    /// <summary>Reads a token; a blank one starts a run at <paramref name="now"/>. A token we did not write is an error.</summary>
    public static RecalculationToken Parse(string? text, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Start(now);
        }

        var parts = text!.Split('|');
        if (parts.Length != 6 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            || !Guid.TryParseExact(parts[2], "D", out var row)
            || !Guid.TryParseExact(parts[3], "D", out var run)
            || !OptionalId(parts[4], out var team)
            || !OptionalId(parts[5], out var lastDeal)
            || (!team.HasValue && lastDeal.HasValue))
        {
            throw new FormatException("The continuation token is not one this recompute wrote; pass an empty token to start a new run.");
        }

        return new RecalculationToken(new DateTime(ticks, DateTimeKind.Utc), new StandingReference(row, run), team, lastDeal);
    }

    /// <summary>The text form; only a token with a standing is ever written (a finished run returns an empty token).</summary>
    public override string ToString() =>
        string.Join("|", Version, AsOf.Ticks.ToString(CultureInfo.InvariantCulture), Standing?.RowId.ToString("D") ?? "", Standing?.RunId.ToString("D") ?? "",
            Team?.ToString("D") ?? "", LastDeal?.ToString("D") ?? "");

    private static bool OptionalId(string text, out Guid? id)
    {
        id = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!Guid.TryParseExact(text, "D", out var parsed))
        {
            return false;
        }

        id = parsed;
        return true;
    }
}
