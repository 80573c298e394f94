using System.Runtime.Serialization;

namespace CrmSpm.Plugins.Json;

/// <summary>One element of <c>crmspm_stagehistory</c>: <c>{"stage":"Propose","enteredOn":"2026-11-02T00:00:00Z"}</c>.</summary>
[DataContract]
public sealed class StageEntry
{
    [DataMember(Name = "stage", Order = 1)]
    public string Stage { get; set; } = "";

    /// <summary>ISO 8601 in UTC, so the web resources read it with <c>new Date(...)</c>.</summary>
    [DataMember(Name = "enteredOn", Order = 2)]
    public string EnteredOn { get; set; } = "";
}
