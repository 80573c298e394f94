namespace CrmSpm.Core.Profile;

/// <summary>
/// The <c>visibility</c> section: what a rep may see. Managers always see their reps' tiers. With both
/// flags false a rep sees only their own scores and progress, which some works councils require.
/// </summary>
public sealed class VisibilitySettings
{
    /// <summary>The rep sees their own A/B/C tier.</summary>
    public bool RepSeesOwnTier { get; set; }

    /// <summary>The rep sees the team ranking (other reps' positions).</summary>
    public bool RepSeesTeamRanking { get; set; }
}
