using System.Runtime.Serialization;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// One element of <c>crmspm_touchlog</c>: a completed activity on the deal. The log lets a single event rebuild the
/// deal's facts (touch cadence per stage, meetings, contacts) without querying the deal's activities.
/// </summary>
[DataContract]
public sealed class TouchEntry
{
    /// <summary>The activity id: logging the same activity twice (an Update can fire twice) counts it once.</summary>
    [DataMember(Name = "id", Order = 1)]
    public string ActivityId { get; set; } = "";

    /// <summary>ISO 8601 UTC.</summary>
    [DataMember(Name = "on", Order = 2)]
    public string On { get; set; } = "";

    /// <summary><c>call</c>, <c>email</c>, <c>meeting</c> or <c>task</c>.</summary>
    [DataMember(Name = "kind", Order = 3)]
    public string Kind { get; set; } = "";

    [DataMember(Name = "contact", Order = 4, EmitDefaultValue = false)]
    public string? ContactId { get; set; }
}
