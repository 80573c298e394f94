using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Salesforce.Mapping;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Tests.Mapping;

public sealed class ScorecardRecordBuilderTests
{
    // The values of the CrmSpm_Tier__c picklist (Solution/Salesforce, checked by SfdxSourceTests): A, B, C, Not tiered.
    [TestCase(Tier.A, "A")]
    [TestCase(Tier.B, "B")]
    [TestCase(Tier.C, "C")]
    [TestCase(Tier.NotTiered, "Not tiered")]
    public void Build_Tier_Should_WriteThePicklistValue(Tier tier, string expected)
    {
        // Arrange
        var card = new RepScorecard { RepId = "005000000000001AAA", RepName = "Ann Example", Period = "2026-11", Tier = new TierAssignment { Tier = tier } };

        // Act
        var row = ScorecardRecordBuilder.Build(card);

        // Assert
        Assert.That((string?)row[F.Scorecard.Tier], Is.EqualTo(expected));
        Assert.That((string?)row[F.Scorecard.Key], Is.EqualTo("005000000000001AAA|2026-11"));
    }
}
