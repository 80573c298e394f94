using System.Collections.Generic;
using CrmSpm.Core.Coaching;

namespace CrmSpm.Core.Profile;

/// <summary>One configured coaching rule (<c>rules[i]</c>).</summary>
public sealed class RuleSettings
{
    /// <summary>Stable rule id from <see cref="RuleIds"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>False switches the rule off without losing its settings.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Severity of the tips this rule produces.</summary>
    public Severity Severity { get; set; } = Severity.Medium;

    /// <summary>Rule parameters by name; a parameter left out takes the rule's default (see the catalogue).</summary>
    public IDictionary<string, double> Parameters { get; set; } = new Dictionary<string, double>();

    /// <summary>Optional absolute http(s) link to training material, copied onto every tip.</summary>
    public string? TrainingLink { get; set; }

    /// <summary>The configured value of <paramref name="name"/>, or the catalogue default when left out.</summary>
    public double Parameter(string name)
    {
        if (Parameters != null && Parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        return RuleDefinitions.Find(Id)?.Parameter(name)?.DefaultValue ?? 0;
    }
}
