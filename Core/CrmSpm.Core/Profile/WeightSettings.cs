namespace CrmSpm.Core.Profile;

/// <summary>The <c>weights</c> section.</summary>
public sealed class WeightSettings
{
    /// <summary>Weights of the five adoption components.</summary>
    public AdoptionWeights Adoption { get; set; } = new AdoptionWeights();

    /// <summary>Weights of the outcomes that rank reps into tiers.</summary>
    public TierWeights Tier { get; set; } = new TierWeights();
}
