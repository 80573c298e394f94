using System;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// A credential or token. It prints as "***" so that it cannot leak through string interpolation,
/// exception messages or log lines; only <see cref="Reveal"/> gives the value, and only the code that
/// writes a request body or an Authorization header calls it.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    public Secret(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("A secret cannot be empty.", nameof(value));
        }

        _value = value;
    }

    public string Reveal() => _value;

    public override string ToString() => "***";
}
