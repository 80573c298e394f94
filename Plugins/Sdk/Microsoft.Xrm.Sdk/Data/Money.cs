namespace Microsoft.Xrm.Sdk;

// Equality by Value (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.money).
public sealed class Money
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    public decimal Value { get; set; }

    public override bool Equals(object obj) => obj is Money other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
