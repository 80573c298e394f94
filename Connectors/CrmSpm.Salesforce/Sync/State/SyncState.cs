using System;
using System.Collections.Generic;
using CrmSpm.Salesforce.Sync.Mirror;

namespace CrmSpm.Salesforce.Sync.State;

/// <summary>
/// Everything a run hands to the next: per-object watermarks, the org mirror, tip and scorecard state.
/// Saved only after every write of a run succeeded, so a run that dies leaves the previous state in place
/// and the next run repeats its window (writes are upserts by external id, so repeating is harmless).
/// </summary>
public sealed class SyncState
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>Per object: every row with SystemModstamp up to this instant has been read and acted on.</summary>
    public Dictionary<string, DateTimeOffset> Watermarks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per object: the fields its rows in the mirror were read with. When a run selects other fields (a setting such as
    /// territorySizeField, a feature the org turned on, a newer connector), the mirrored rows lack them, so that object
    /// is read again from the start, once. A state without it (an older connector) is read again in full too.
    /// </summary>
    public Dictionary<string, string> ReadFields { get; set; } = new(StringComparer.Ordinal);

    public OrgMirror Mirror { get; set; } = new();

    public Dictionary<string, TipState> Tips { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Scorecard key → fingerprints of the fields last written and of the rows they came from.</summary>
    public Dictionary<string, ScorecardStamp> Scorecards { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Rep id → period → adoption score written, for trends.</summary>
    public Dictionary<string, Dictionary<string, double>> AdoptionHistory { get; set; } = new(StringComparer.Ordinal);
}
