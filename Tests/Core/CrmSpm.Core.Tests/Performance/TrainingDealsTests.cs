using System.Reflection;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Performance;

/// <summary>
/// <see cref="TrainingDeals"/> keeps training deals as values with its own copy of <see cref="DealFeatures"/>' fields:
/// a feature added to <see cref="DealFeatures"/> but not to it would silently never reach the model.
/// </summary>
public class TrainingDealsTests : CoreTestBase
{
    [Test]
    public void ADealStoredAndReadBack_Should_KeepEverySettableFeature()
    {
        var original = new DealFeatures
        {
            OpportunityId = "opp-7",
            ClosedOn = new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc),
            Outcome = OpportunityStatus.Won,
            StageName = "Propose",
            StageOrder = 4,
            DaysSinceTouch = 12.5,
            ContactsEngaged = 3,
            ClosePushes = 2,
            Amount = 48_000m,
            OwnerTier = Tier.B,
        };
        var deals = new TrainingDeals(1);
        deals.Add(original, "rep-1");

        var copy = deals[0];

        var settable = typeof(DealFeatures).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic).ToList();
        Assert.That(settable, Is.Not.Empty);
        foreach (var property in settable)
        {
            var value = property.GetValue(original);
            Assert.That(value, Is.Not.EqualTo(property.GetValue(new DealFeatures())),
                $"The test sets every feature to a non-default value; {property.Name} needs one here.");
            Assert.That(property.GetValue(copy), Is.EqualTo(value), property.Name + " is lost by TrainingDeals.");
        }

        Assert.That(deals.OwnerOf(0), Is.EqualTo("rep-1"));
    }
}
