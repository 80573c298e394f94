using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>Everything one event needs about a deal, fetched in a single query by <see cref="DealContextReader"/>.</summary>
public sealed class DealContext
{
    /// <summary>The opportunity row as it stands inside the current transaction.</summary>
    public Entity Opportunity { get; set; } = new Entity();

    /// <summary>The owning user's full name; null when a team owns the deal.</summary>
    public string? OwnerName { get; set; }

    /// <summary>The last touch recorded on the deal's account; null without an account or a touch.</summary>
    public DateTime? AccountLastTouch { get; set; }

    /// <summary>The team's model row; null until the team's first deal closes.</summary>
    public Guid? ModelStateId { get; set; }

    public string? ModelStateJson { get; set; }

    /// <summary>The model row's version as read (its <c>versionnumber</c>), which a close's guarded write names.</summary>
    public string? ModelRowVersion { get; set; }

    public string? BenchmarksJson { get; set; }

    /// <summary>What the team's data supports (<c>crmspm_signals</c>); null before the first recompute: every tip is then raised.</summary>
    public string? SignalsJson { get; set; }

    /// <summary>The active profile's JSON; null when it could not be joined (the caller then reads it separately).</summary>
    public string? ProfileJson { get; set; }

    public Guid? ProfileId { get; set; }

    /// <summary>The owner's scorecard for the current period, with its version; null before the first recompute or outcome.</summary>
    public Entity? OwnerScorecard { get; set; }

    /// <summary>
    /// Every touch of the deal when the caller read them from the activity rows (the recompute); null means the deal's
    /// touch log, capped at <see cref="TouchLog.Capacity"/>, stands in for them (an event step).
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<CrmSpm.Core.Model.Activity>? Activities { get; set; }

    /// <summary>
    /// The deal's tip tasks as they stand (joined to the deal read by <see cref="DealContextReader"/>), by task id;
    /// null when the caller did not read them (the refresher then reads them itself before writing a tip).
    /// </summary>
    public System.Collections.Generic.Dictionary<Guid, Coaching.ExistingTip>? Tips { get; set; }

    /// <summary><c>crmspm_tier</c> of the owner's scorecard for the current period; null when not yet scored.</summary>
    public int? OwnerTierChoice { get; set; }
}
