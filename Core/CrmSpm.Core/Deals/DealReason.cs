using System.Runtime.Serialization;

namespace CrmSpm.Core.Deals;

/// <summary>
/// One reason behind a deal score, as written to crmspm_dealscorereasons:
/// <c>{"feature":"touch-recency","text":"Touched 2 days ago","impact":0.31}</c>.
/// The scores of one full run share equal reasons and reason lists: treat them as read-only.
/// </summary>
[DataContract]
public sealed class DealReason
{
    /// <summary>Feature name from <see cref="DealFeatureNames"/>.</summary>
    [DataMember(Name = "feature", Order = 1)]
    public string Feature { get; set; } = "";

    /// <summary>The fact in words.</summary>
    [DataMember(Name = "text", Order = 2)]
    public string Text { get; set; } = "";

    /// <summary>Change in win probability this feature causes (positive helps, negative hurts), −1 to 1.</summary>
    [DataMember(Name = "impact", Order = 3)]
    public double Impact { get; set; }
}
