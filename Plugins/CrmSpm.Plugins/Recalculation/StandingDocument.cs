using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;
using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Plugins.Json;
using Microsoft.Xrm.Sdk;
using TierLevel = CrmSpm.Core.Scoring.Tiers.Tier;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Core's <see cref="OrgStanding"/> as the org-level model-state row stores it (<c>crmspm_standingjson</c>): every
/// field, exactly (numbers round-trip), so a team scored with the stored standing gets what the in-memory one gives.
/// Short member names keep a rep's entry near 400 characters; <see cref="Write"/> refuses a document over the column's
/// length rather than cut it, because a cut standing would give wrong tiers.
/// </summary>
[DataContract]
public sealed class StandingDocument
{
    [DataMember(Name = "tiers", Order = 1)]
    public List<TierEntry> Tiers { get; set; } = new List<TierEntry>();

    [DataMember(Name = "benchmarks", Order = 2)]
    public TeamBenchmarks Benchmarks { get; set; } = new TeamBenchmarks();

    [DataMember(Name = "queue", Order = 3)]
    public List<QueueEntry> Queue { get; set; } = new List<QueueEntry>();

    /// <summary>The JSON of <paramref name="standing"/>; throws when it would not fit <paramref name="maxLength"/> characters.</summary>
    public static string Write(OrgStanding standing, int maxLength)
    {
        var document = new StandingDocument
        {
            Tiers = standing.Tiers.Values.OrderBy(t => t.RepId, StringComparer.Ordinal).Select(TierEntry.From).ToList(),
            Benchmarks = standing.Benchmarks,
            Queue = standing.Queue.Select(QueueEntry.From).ToList(),
        };
        var json = JsonColumn.Write(document);
        if (json.Length > maxLength)
        {
            throw new InvalidPluginExecutionException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "The org standing of {0} reps takes {1} characters, more than the {2} its column holds; the run stops before writing any team.",
                document.Tiers.Count, json.Length, maxLength));
        }

        return json;
    }

    /// <summary>The standing stored as <paramref name="json"/>; null when the text is not a standing document.</summary>
    public static OrgStanding? Read(string? json)
    {
        var document = JsonColumn.Read<StandingDocument>(json);
        if (document?.Tiers == null || document.Benchmarks == null || document.Queue == null)
        {
            return null;
        }

        document.Benchmarks.Behaviours = document.Benchmarks.Behaviours ?? new List<Practice>();
        document.Benchmarks.Period = document.Benchmarks.Period ?? "";
        var tiers = new Dictionary<string, TierAssignment>(StringComparer.Ordinal);
        foreach (var tier in document.Tiers.Where(t => t != null))
        {
            tiers[tier.RepId ?? ""] = tier.ToCore();
        }

        return new OrgStanding(tiers, document.Benchmarks, document.Queue.Where(q => q != null).Select(q => q.ToCore()).ToList());
    }

    [DataContract]
    public sealed class TierEntry
    {
        [DataMember(Name = "rep", Order = 1)] public string? RepId { get; set; }
        [DataMember(Name = "t", Order = 2)] public int Tier { get; set; }
        [DataMember(Name = "w", Order = 3)] public double WinRate { get; set; }
        [DataMember(Name = "a", Order = 4, EmitDefaultValue = false)] public double? WindowAttainment { get; set; }
        [DataMember(Name = "m", Order = 5, EmitDefaultValue = false)] public double? TenureMonths { get; set; }
        [DataMember(Name = "o", Order = 6)] public double OutcomeIndex { get; set; }
        [DataMember(Name = "tf", Order = 7)] public double TenureFactor { get; set; }
        [DataMember(Name = "sf", Order = 8)] public double TerritoryFactor { get; set; }
        [DataMember(Name = "n", Order = 9)] public double NormalisedIndex { get; set; }
        [DataMember(Name = "k", Order = 10)] public int Rank { get; set; }
        [DataMember(Name = "why", Order = 11)] public string? Explanation { get; set; }

        public static TierEntry From(TierAssignment t) => new TierEntry
        {
            RepId = t.RepId, Tier = (int)t.Tier, WinRate = t.WinRate, WindowAttainment = t.WindowAttainment, TenureMonths = t.TenureMonths,
            OutcomeIndex = t.OutcomeIndex, TenureFactor = t.TenureFactor, TerritoryFactor = t.TerritoryFactor,
            NormalisedIndex = t.NormalisedIndex, Rank = t.Rank, Explanation = t.Explanation,
        };

        public TierAssignment ToCore() => new TierAssignment
        {
            RepId = RepId ?? "", Tier = Enum.IsDefined(typeof(TierLevel), Tier) ? (TierLevel)Tier : TierLevel.NotTiered, WinRate = WinRate,
            WindowAttainment = WindowAttainment, TenureMonths = TenureMonths, OutcomeIndex = OutcomeIndex, TenureFactor = TenureFactor,
            TerritoryFactor = TerritoryFactor, NormalisedIndex = NormalisedIndex, Rank = Rank, Explanation = Explanation ?? "",
        };
    }

    [DataContract]
    public sealed class QueueEntry
    {
        [DataMember(Name = "rep", Order = 1)] public string? RepId { get; set; }
        [DataMember(Name = "name", Order = 2)] public string? RepName { get; set; }
        [DataMember(Name = "mgr", Order = 3, EmitDefaultValue = false)] public string? ManagerId { get; set; }
        [DataMember(Name = "k", Order = 4)] public int Rank { get; set; }
        [DataMember(Name = "open", Order = 5)] public decimal OpenPipeline { get; set; }
        [DataMember(Name = "horizon", Order = 6)] public decimal HorizonPipeline { get; set; }
        [DataMember(Name = "w", Order = 7)] public double WinRate { get; set; }
        [DataMember(Name = "target", Order = 8)] public double TargetWinRate { get; set; }
        [DataMember(Name = "lift", Order = 9)] public double WinRateLift { get; set; }
        [DataMember(Name = "gain", Order = 10)] public decimal ExpectedGain { get; set; }
        [DataMember(Name = "gap", Order = 11, EmitDefaultValue = false)] public BehaviourGap? LargestGap { get; set; }
        [DataMember(Name = "gainText", Order = 12)] public string? GainText { get; set; }
        [DataMember(Name = "coachText", Order = 13)] public string? CoachText { get; set; }
        [DataMember(Name = "basis", Order = 14, EmitDefaultValue = false)] public QueueTargetBasis TargetBasis { get; set; }

        public static QueueEntry From(CoachingQueueEntry q) => new QueueEntry
        {
            RepId = q.RepId, RepName = q.RepName, ManagerId = q.ManagerId, Rank = q.Rank, OpenPipeline = q.OpenPipeline,
            HorizonPipeline = q.HorizonPipeline, WinRate = q.WinRate, TargetWinRate = q.TargetWinRate, WinRateLift = q.WinRateLift,
            ExpectedGain = q.ExpectedGain, LargestGap = q.LargestGap, GainText = q.GainText, CoachText = q.CoachText,
            TargetBasis = q.TargetBasis,
        };

        public CoachingQueueEntry ToCore() => new CoachingQueueEntry
        {
            RepId = RepId ?? "", RepName = RepName ?? "", ManagerId = ManagerId, Rank = Rank, OpenPipeline = OpenPipeline,
            HorizonPipeline = HorizonPipeline, WinRate = WinRate, TargetWinRate = TargetWinRate, WinRateLift = WinRateLift,
            ExpectedGain = ExpectedGain, LargestGap = LargestGap, GainText = GainText ?? "", CoachText = CoachText ?? "",
            TargetBasis = TargetBasis,
        };
    }
}
