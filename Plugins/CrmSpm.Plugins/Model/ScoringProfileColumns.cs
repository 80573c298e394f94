namespace CrmSpm.Plugins.Model;

/// <summary><c>crmspm_scoringprofile</c>: the active scoring profile as JSON (docs/scoring-profile.md).</summary>
public static class ScoringProfileColumns
{
    public const string EntityName = "crmspm_scoringprofile";
    public const string Id = "crmspm_scoringprofileid";
    public const string Name = "crmspm_name";
    public const string ProfileJson = "crmspm_profilejson";
    public const string Version = "crmspm_version";
    public const string IsActive = "crmspm_isactive";
}
