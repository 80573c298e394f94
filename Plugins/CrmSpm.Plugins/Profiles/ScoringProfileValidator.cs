using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Profile;

namespace CrmSpm.Plugins.Profiles;

/// <summary>Checks a profile's JSON with Core's loader and words every problem as <c>path: reason</c>.</summary>
public sealed class ScoringProfileValidator
{
    /// <summary>Problems of <paramref name="profileJson"/>; empty when the profile can be saved.</summary>
    public IReadOnlyList<string> ProblemsIn(string? profileJson)
    {
        if (string.IsNullOrWhiteSpace(profileJson))
        {
            return new[] { Model.ScoringProfileColumns.ProfileJson + ": is required" };
        }

        var result = ScoringProfileJson.Load(profileJson!);
        return result.Problems.Select(p => p.ToString()).ToArray();
    }

    /// <summary>The message a rejected save shows: every problem on its own line.</summary>
    public static string RejectionMessage(IReadOnlyList<string> problems) =>
        $"The scoring profile was not saved: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}.\n- "
        + string.Join("\n- ", problems);
}
