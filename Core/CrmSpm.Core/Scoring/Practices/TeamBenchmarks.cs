using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;
using CrmSpm.Core.Serialization;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// The top-performer benchmarks of a team, computed by the full scoring run and kept (for example as JSON
/// in a Dataverse row) so per-deal rules can compare one deal against the A tier cheaply in a save path.
/// </summary>
[DataContract]
public sealed class TeamBenchmarks
{
    /// <summary>Period the benchmarks were computed in.</summary>
    [DataMember(Name = "period", Order = 1)]
    public string Period { get; set; } = "";

    /// <summary>
    /// Median win rate of the A tier; null with fewer than <see cref="PracticeEvidence.MinRepsPerTier"/> A-tier reps,
    /// like every A benchmark (docs/scoring.md §4). The coaching queue then falls back to the org median (§8).
    /// </summary>
    [DataMember(Name = "aTierWinRate", Order = 2)]
    public double? ATierWinRate { get; set; }

    /// <summary>Every measured behaviour, practices and non-practices alike.</summary>
    [DataMember(Name = "behaviours", Order = 3)]
    public List<Practice> Behaviours { get; set; } = new List<Practice>();

    /// <summary>Benchmarks with no data: rules then fall back to the profile's stage expectations.</summary>
    public static TeamBenchmarks Empty => new TeamBenchmarks();

    /// <summary>The behaviour with key <paramref name="behaviourKey"/>, or null.</summary>
    public Practice? Find(string behaviourKey) => Behaviours?.FirstOrDefault(b => b.BehaviourKey == behaviourKey);

    /// <summary>The A-tier benchmark of <paramref name="behaviourKey"/>, or null.</summary>
    public double? ABenchmark(string behaviourKey) => Find(behaviourKey)?.ABenchmark;

    /// <summary>Serialises to JSON (DataContractJsonSerializer).</summary>
    public string ToJson() => ContractJson.Serialize(this);

    /// <summary>Reads JSON from <see cref="ToJson"/>; throws <see cref="System.FormatException"/> on bad input.</summary>
    public static TeamBenchmarks FromJson(string json)
    {
        var benchmarks = ContractJson.Deserialize<TeamBenchmarks>(json);
        benchmarks.Behaviours = benchmarks.Behaviours ?? new List<Practice>();
        benchmarks.Period = benchmarks.Period ?? "";
        return benchmarks;
    }
}
