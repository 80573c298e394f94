using CrmSpm.Core.Profile;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Profiles;

/// <summary>
/// Turns the stored profile JSON into a profile for an event. A missing or broken profile never stops a step: it
/// falls back to Core's defaults and says so in the trace (the PreValidation step keeps broken profiles out anyway).
/// </summary>
public sealed class ProfileResolver
{
    private readonly ITracingService _tracing;

    public ProfileResolver(ITracingService tracing)
    {
        _tracing = tracing;
    }

    public ScoringProfile Resolve(string? profileJson)
    {
        if (string.IsNullOrWhiteSpace(profileJson))
        {
            _tracing.Trace("No active scoring profile: using the default profile.");
            return ScoringProfile.Default;
        }

        var result = ParsedProfileCache.Load(profileJson!);
        if (result.Profile != null)
        {
            return result.Profile;
        }

        _tracing.Trace("The active scoring profile is invalid ({0} problems, first: {1}): using the default profile.",
            result.Problems.Count, result.Problems.Count > 0 ? result.Problems[0].ToString() : "none");
        return ScoringProfile.Default;
    }
}
