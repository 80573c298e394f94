using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Json;

namespace CrmSpm.Plugins.Profiles;

/// <summary>The last profile JSON parsed in this process: an org has one active profile, and parsing it costs milliseconds.</summary>
public static class ParsedProfileCache
{
    private static readonly LastParsed<ProfileLoadResult> Last = new LastParsed<ProfileLoadResult>();

    public static ProfileLoadResult Load(string profileJson) => Last.Get(profileJson, null, ScoringProfileJson.Load);
}
