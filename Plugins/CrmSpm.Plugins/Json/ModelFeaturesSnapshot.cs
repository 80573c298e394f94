using System.Runtime.Serialization;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// <c>crmspm_modelfeatures</c>: the features a closed deal was counted with in its team's model. Kept so a reopen
/// removes exactly what the close added, even if the deal's columns changed in between.
/// </summary>
[DataContract]
public sealed class ModelFeaturesSnapshot
{
    [DataMember(Name = "outcome", Order = 1)] public int Outcome { get; set; }
    [DataMember(Name = "stage", Order = 2)] public string StageName { get; set; } = "";
    [DataMember(Name = "stageOrder", Order = 3)] public int StageOrder { get; set; }
    [DataMember(Name = "daysSinceTouch", Order = 4)] public double? DaysSinceTouch { get; set; }
    [DataMember(Name = "contacts", Order = 5)] public int ContactsEngaged { get; set; }
    [DataMember(Name = "pushes", Order = 6)] public int ClosePushes { get; set; }
    [DataMember(Name = "amount", Order = 7)] public decimal Amount { get; set; }
    [DataMember(Name = "ownerTier", Order = 8)] public int OwnerTier { get; set; }

    public static ModelFeaturesSnapshot From(DealFeatures features) => new ModelFeaturesSnapshot
    {
        Outcome = (int)features.Outcome,
        StageName = features.StageName,
        StageOrder = features.StageOrder,
        DaysSinceTouch = features.DaysSinceTouch,
        ContactsEngaged = features.ContactsEngaged,
        ClosePushes = features.ClosePushes,
        Amount = features.Amount,
        OwnerTier = (int)features.OwnerTier,
    };

    public DealFeatures ToFeatures(string opportunityId) => new DealFeatures
    {
        OpportunityId = opportunityId,
        Outcome = (OpportunityStatus)Outcome,
        StageName = StageName,
        StageOrder = StageOrder,
        DaysSinceTouch = DaysSinceTouch,
        ContactsEngaged = ContactsEngaged,
        ClosePushes = ClosePushes,
        Amount = Amount,
        OwnerTier = (Tier)OwnerTier,
    };
}
