namespace Microsoft.Xrm.Sdk;

// Equality by Value (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvalue).
public sealed class OptionSetValue
{
    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        Value = value;
    }

    public int Value { get; set; }

    public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
