namespace Microsoft.Xrm.Sdk;

// Contract §1.6: equality by Value.
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
