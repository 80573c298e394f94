using System.Collections.Generic;
using System.Runtime.Serialization;

namespace CrmSpm.Plugins.Json;

/// <summary><c>crmspm_details</c>: every score's components and evidence, so the manager's panel explains each number.</summary>
[DataContract]
public sealed class ScorecardDetails
{
    [DataMember(Name = "adoption", Order = 1)] public List<ComponentEntry> Adoption { get; set; } = new List<ComponentEntry>();
    [DataMember(Name = "behaviour", Order = 2)] public List<ComponentEntry> Behaviour { get; set; } = new List<ComponentEntry>();
    [DataMember(Name = "tier", Order = 3)] public string Tier { get; set; } = "";
    [DataMember(Name = "notScored", Order = 4, EmitDefaultValue = false)] public string? NotScored { get; set; }

    /// <summary>The coaching queue's sentences for this rep; absent when the rep is not in the queue.</summary>
    [DataMember(Name = "queue", Order = 5, EmitDefaultValue = false)] public QueueDetails? Queue { get; set; }
}

/// <summary><c>{"gain":"≈ USD 4,200 more won revenue over the next 91 days if …","coach":"Days between touches at Propose: 16 days · top performers: 4 days"}</c>.</summary>
[DataContract]
public sealed class QueueDetails
{
    [DataMember(Name = "gain", Order = 1)] public string Gain { get; set; } = "";
    [DataMember(Name = "coach", Order = 2)] public string Coach { get; set; } = "";
}

/// <summary>One component of a score: <c>{"key":"freshness","label":"Freshness","value":0.8,"weight":0.25,"evidence":"8 of 10 deals touched in 14 days"}</c>.</summary>
[DataContract]
public sealed class ComponentEntry
{
    [DataMember(Name = "key", Order = 1)] public string Key { get; set; } = "";
    [DataMember(Name = "label", Order = 2)] public string Label { get; set; } = "";
    [DataMember(Name = "value", Order = 3)] public double Value { get; set; }
    [DataMember(Name = "weight", Order = 4)] public double Weight { get; set; }
    [DataMember(Name = "evidence", Order = 5)] public string Evidence { get; set; } = "";
}
