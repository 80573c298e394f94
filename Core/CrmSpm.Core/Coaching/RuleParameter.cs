namespace CrmSpm.Core.Coaching;

/// <summary>A tunable number of a coaching rule: its name in the profile, default and allowed range.</summary>
public sealed class RuleParameter
{
    /// <summary>Creates a parameter description.</summary>
    public RuleParameter(string name, double defaultValue, double min, double max, string meaning)
    {
        Name = name;
        DefaultValue = defaultValue;
        Min = min;
        Max = max;
        Meaning = meaning;
    }

    /// <summary>Key under <c>rules[i].parameters</c>.</summary>
    public string Name { get; }

    /// <summary>Value used when the profile leaves it out.</summary>
    public double DefaultValue { get; }

    /// <summary>Smallest allowed value.</summary>
    public double Min { get; }

    /// <summary>Largest allowed value.</summary>
    public double Max { get; }

    /// <summary>What it controls, for docs and the admin page.</summary>
    public string Meaning { get; }
}
