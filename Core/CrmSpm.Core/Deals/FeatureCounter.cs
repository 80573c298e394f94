namespace CrmSpm.Core.Deals;

/// <summary>Mutable won/lost counts of one feature value inside <see cref="DealModel"/>.</summary>
internal sealed class FeatureCounter
{
    public int Won;
    public int Lost;
}
