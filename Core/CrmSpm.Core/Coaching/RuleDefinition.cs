using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching;

/// <summary>What the catalogue knows about a rule before any profile: id, title, default severity, parameters.</summary>
public sealed class RuleDefinition
{
    /// <summary>Creates a rule definition.</summary>
    public RuleDefinition(string id, string title, Severity defaultSeverity, params RuleParameter[] parameters)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Parameters = parameters;
    }

    /// <summary>Stable id, see <see cref="RuleIds"/>.</summary>
    public string Id { get; }

    /// <summary>Short human title.</summary>
    public string Title { get; }

    /// <summary>Severity in the default profile.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Tunable parameters.</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>The parameter called <paramref name="name"/>, or null.</summary>
    public RuleParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
