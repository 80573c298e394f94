using System.Collections.Generic;
using System.Runtime.Serialization;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The deal model's frequency tables as persisted (crmspm_modelstate.crmspm_statejson). Counts are whole
/// numbers: smoothing is applied only when scoring, so an incrementally updated state equals a rebuilt one
/// exactly.
/// </summary>
[DataContract]
public sealed class DealModelState
{
    /// <summary>State format version.</summary>
    public const int CurrentVersion = 1;

    [DataMember(Name = "version", Order = 1)]
    public int Version { get; set; } = CurrentVersion;

    /// <summary>Won deals counted.</summary>
    [DataMember(Name = "won", Order = 2)]
    public int Won { get; set; }

    /// <summary>Lost deals counted.</summary>
    [DataMember(Name = "lost", Order = 3)]
    public int Lost { get; set; }

    /// <summary>Per stage order: lost deals that reached it (every won deal reaches every stage).</summary>
    [DataMember(Name = "lostReachedStage", Order = 4)]
    public List<StageCount> LostReachedStage { get; set; } = new List<StageCount>();

    /// <summary>Per feature value: won and lost counts.</summary>
    [DataMember(Name = "counts", Order = 5)]
    public List<FeatureCount> Counts { get; set; } = new List<FeatureCount>();

    /// <summary>The held-out check's verdict; absent in states written before the check existed (read as unchecked).</summary>
    [DataMember(Name = "signal", Order = 6)]
    public DealModelSignal Signal { get; set; }

    /// <summary>Weight of the evidence the check chose (used only with <see cref="DealModelSignal.Signal"/>).</summary>
    [DataMember(Name = "evidenceWeight", Order = 7)]
    public double EvidenceWeight { get; set; }

    /// <summary>Held-out predictions behind the check.</summary>
    [DataMember(Name = "checkedDeals", Order = 8)]
    public int CheckedDeals { get; set; }

    /// <summary>Brier score of the held-out predictions.</summary>
    [DataMember(Name = "heldOutBrier", Order = 9)]
    public double HeldOutBrier { get; set; }

    /// <summary>Brier score of the running base rate on the same deals.</summary>
    [DataMember(Name = "baseRateBrier", Order = 10)]
    public double BaseRateBrier { get; set; }

    /// <summary>Won deals counted without a stage history (<see cref="DealFeatures.StageUnknown"/>); absent (0) in older states.</summary>
    [DataMember(Name = "unknownStageWon", Order = 11, EmitDefaultValue = false)]
    public int UnknownStageWon { get; set; }

    /// <summary>Lost deals counted without a stage history; absent (0) in older states.</summary>
    [DataMember(Name = "unknownStageLost", Order = 12, EmitDefaultValue = false)]
    public int UnknownStageLost { get; set; }

    /// <summary>The check found signal in the stage alone: only the stage is weighted (absent in older states: false).</summary>
    [DataMember(Name = "stageOnly", Order = 13, EmitDefaultValue = false)]
    public bool StageOnly { get; set; }
}

/// <summary>Lost deals that reached one stage.</summary>
[DataContract]
public sealed class StageCount
{
    /// <summary>Stage order.</summary>
    [DataMember(Name = "order", Order = 1)]
    public int Order { get; set; }

    /// <summary>Lost deals that reached it.</summary>
    [DataMember(Name = "lost", Order = 2)]
    public int Lost { get; set; }
}

/// <summary>Won and lost counts of one feature value.</summary>
[DataContract]
public sealed class FeatureCount
{
    [DataMember(Name = "feature", Order = 1)]
    public string Feature { get; set; } = "";

    /// <summary>Banded value.</summary>
    [DataMember(Name = "value", Order = 2)]
    public string Value { get; set; } = "";

    /// <summary>Won deals with this value.</summary>
    [DataMember(Name = "won", Order = 3)]
    public int Won { get; set; }

    /// <summary>Lost deals with this value.</summary>
    [DataMember(Name = "lost", Order = 4)]
    public int Lost { get; set; }
}
