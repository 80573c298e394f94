using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Profile;

/// <summary>
/// Everything an org can tune about scoring and coaching: weights, thresholds, time windows, the stage
/// catalogue, the coaching rules with their parameters and training links, what reps may see, and the
/// coaching queue. Stored as JSON (format and validation messages in docs/scoring-profile.md); load it
/// with <see cref="ScoringProfileJson.Load"/>, which never throws on bad input.
/// </summary>
public sealed class ScoringProfile
{
    /// <summary>The profile format version this build reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Format version; must equal <see cref="CurrentVersion"/>.</summary>
    public int Version { get; set; } = CurrentVersion;

    /// <summary>Weights of the adoption components and of the outcomes that make a tier.</summary>
    public WeightSettings Weights { get; set; } = new WeightSettings();

    /// <summary>Numeric limits: freshness days, tiering sample size, effect sizes, deal-model prior.</summary>
    public ThresholdSettings Thresholds { get; set; } = new ThresholdSettings();

    /// <summary>Time windows: how far back outcomes and activity rates look, reinforcement intervals.</summary>
    public WindowSettings Windows { get; set; } = new WindowSettings();

    /// <summary>The stage catalogue in pipeline order.</summary>
    public IList<StageDefinition> Stages { get; set; } = new List<StageDefinition>();

    /// <summary>Coaching rules that are configured; a rule id missing from this list does not run.</summary>
    public IList<RuleSettings> Rules { get; set; } = new List<RuleSettings>();

    /// <summary>What reps may see about themselves and their peers.</summary>
    public VisibilitySettings Visibility { get; set; } = new VisibilitySettings();

    /// <summary>Settings of the manager's coaching queue.</summary>
    public QueueSettings Queue { get; set; } = new QueueSettings();

    /// <summary>A sensible profile for a B2B sales team (see <see cref="DefaultScoringProfile"/>); a new instance each call.</summary>
    public static ScoringProfile Default => DefaultScoringProfile.Create();

    /// <summary>The settings of rule <paramref name="ruleId"/> when it is configured and enabled, otherwise null.</summary>
    public RuleSettings? EnabledRule(string ruleId) =>
        Rules.FirstOrDefault(r => r != null && r.Enabled && r.Id == ruleId);
}
