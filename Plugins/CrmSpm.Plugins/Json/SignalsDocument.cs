using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;
using CrmSpm.Core.Scoring.Signals;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// Core's <see cref="SignalCoverage"/> as a team's model row stores it (<c>crmspm_signals</c>), with what
/// <see cref="SignalCoverage.Supports"/> reads and nothing more: the four org-wide flags and the reps with logged
/// activities, e.g. <c>{"contacts":true,"nextSteps":false,"stages":true,"open":true,"active":["…"]}</c>
/// (docs/data-model.md). The deal events rebuild the coverage from it so they drop the tips the recompute drops.
/// </summary>
[DataContract]
public sealed class SignalsDocument
{
    [DataMember(Name = "contacts", Order = 1)] public bool Contacts { get; set; }
    [DataMember(Name = "nextSteps", Order = 2)] public bool NextSteps { get; set; }
    [DataMember(Name = "stages", Order = 3)] public bool StageHistory { get; set; }
    [DataMember(Name = "open", Order = 4)] public bool OpenDeals { get; set; }

    /// <summary>Ids of the reps with at least one logged activity, in ordinal order.</summary>
    [DataMember(Name = "active", Order = 5)] public List<string> RepsWithActivities { get; set; } = new List<string>();

    /// <summary>
    /// The JSON of <paramref name="coverage"/>; null when it would not fit <paramref name="maxLength"/> characters: a cut
    /// list would silence the cut reps' activity tips, while no stored coverage coaches as before the first recompute.
    /// </summary>
    public static string? Write(SignalCoverage coverage, int maxLength)
    {
        var json = JsonColumn.Write(new SignalsDocument
        {
            Contacts = coverage.OrgHasContacts,
            NextSteps = coverage.OrgHasNextSteps,
            StageHistory = coverage.OrgHasStageHistory,
            OpenDeals = coverage.OrgHasOpenDeals,
            RepsWithActivities = coverage.Reps.Where(r => r.HasActivities).Select(r => r.RepId).OrderBy(id => id, StringComparer.Ordinal).ToList(),
        });
        return json.Length <= maxLength ? json : null;
    }

    /// <summary>The coverage stored as <paramref name="json"/>; null when none is stored or the text is not a signals document.</summary>
    public static SignalCoverage? Read(string? json)
    {
        var document = JsonColumn.Read<SignalsDocument>(json);
        if (document == null)
        {
            return null;
        }

        // Only "has activities" is kept per rep: one touch stands for any positive count (RepSignals.HasActivities).
        return new SignalCoverage
        {
            Reps = (document.RepsWithActivities ?? new List<string>()).Where(id => id != null).Select(id => new RepSignals { RepId = id, Touches = 1 }).ToList(),
            OrgHasContacts = document.Contacts,
            OrgHasNextSteps = document.NextSteps,
            OrgHasStageHistory = document.StageHistory,
            OrgHasOpenDeals = document.OpenDeals,
        };
    }
}
