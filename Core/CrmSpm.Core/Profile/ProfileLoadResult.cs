using System.Collections.Generic;

namespace CrmSpm.Core.Profile;

/// <summary>The outcome of loading a profile: the profile when valid, otherwise every problem found.</summary>
public sealed class ProfileLoadResult
{
    internal ProfileLoadResult(ScoringProfile? profile, IReadOnlyList<ValidationProblem> problems)
    {
        Profile = problems.Count == 0 ? profile : null;
        Problems = problems;
    }

    /// <summary>The loaded profile; null when there is any problem (a half-valid profile is never used).</summary>
    public ScoringProfile? Profile { get; }

    /// <summary>Every problem: shape problems (types, unknown keys) in document order, then value problems; empty when valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>True when the profile loaded without problems.</summary>
    public bool IsValid => Profile != null;
}
