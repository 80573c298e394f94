using System;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>What one execution of the recompute did, and where the next one starts.</summary>
public sealed class RecalculationResult
{
    /// <summary>The instant the whole run scores as of.</summary>
    public DateTime AsOf { get; set; }

    /// <summary>The token for the next execution; empty when the run is complete.</summary>
    public string NextToken { get; set; } = "";

    public bool RunComplete => NextToken.Length == 0;

    /// <summary>True when this execution read the org and stored the run's standing (the run's first execution).</summary>
    public bool StandingDecided { get; set; }

    /// <summary>Teams finished in this execution.</summary>
    public int TeamsCompleted { get; set; }

    /// <summary>Scorecards created or changed (an unchanged one is not written).</summary>
    public int ScorecardsWritten { get; set; }

    /// <summary>Deals whose score, reasons, tip state or touch columns changed.</summary>
    public int DealsWritten { get; set; }

    /// <summary>
    /// Deals whose touch columns disagreed with their activity rows: an event step failed or was bypassed for them
    /// (or they predate CrmSpm). The consistency check an admin reads on the health page; this execution healed them.
    /// </summary>
    public int StaleDeals { get; set; }
}
