using System.Runtime.Serialization;

namespace CrmSpm.Plugins.Json;

/// <summary>One element of <c>crmspm_dealscorehistory</c>: the deal score and when it took that value.</summary>
[DataContract]
public sealed class ScoreHistoryEntry
{
    /// <summary>ISO 8601 UTC (<see cref="IsoDate"/>).</summary>
    [DataMember(Name = "on", Order = 1)]
    public string On { get; set; } = "";

    [DataMember(Name = "score", Order = 2)]
    public int Score { get; set; }
}
