using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// Both amounts of a Dataverse opportunity reach Core: <c>estimatedvalue</c> (the pipeline amount) and
/// <c>actualvalue</c> (the close value), in base currency when the row has it
/// (https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunity).
/// </summary>
public class OpportunityMapperTests : PluginTestBase
{
    private static Entity ClosedDeal(int state, decimal? estimated, decimal? actual, decimal? estimatedBase = null, decimal? actualBase = null)
    {
        var row = new Entity(OpportunityColumns.EntityName, DealId);
        row[OpportunityColumns.StateCode] = new OptionSetValue(state);
        row[OpportunityColumns.OwnerId] = new EntityReference("systemuser", RepId);
        row[OpportunityColumns.CreatedOn] = Now.AddDays(-40);
        row[OpportunityColumns.ActualCloseDate] = Now.AddDays(-2);
        if (estimated.HasValue) row[OpportunityColumns.EstimatedValue] = new Money(estimated.Value);
        if (actual.HasValue) row[OpportunityColumns.ActualValue] = new Money(actual.Value);
        if (estimatedBase.HasValue) row[OpportunityColumns.EstimatedValueBase] = new Money(estimatedBase.Value);
        if (actualBase.HasValue) row[OpportunityColumns.ActualValueBase] = new Money(actualBase.Value);
        return row;
    }

    [Test]
    public void ToCore_LostDealWithZeroCloseValue_Should_KeepItsPipelineAmountForScoring()
    {
        // Arrange: many orgs store 0 as the close value of a lost deal.
        var row = ClosedDeal(OpportunityState.Lost, estimated: 40_000m, actual: 0m);

        // Act
        var deal = OpportunityMapper.ToCore(row, Stages);
        var facts = new DealFactsBuilder(ScoringProfile.Default).Build(deal, null, Now);

        // Assert
        Assert.That(deal.EstimatedAmount, Is.EqualTo(40_000m));
        Assert.That(deal.ActualAmount, Is.EqualTo(0m));
        Assert.That(facts.Amount, Is.EqualTo(40_000m), "the deal model and pipeline figures read the pipeline amount");
        Assert.That(facts.RevenueAmount, Is.EqualTo(0m), "a lost deal brings no revenue");
    }

    [Test]
    public void ToCore_WonDealInAnotherCurrency_Should_UseTheBaseCurrencyAmountsAndTheCloseValueAsRevenue()
    {
        // Arrange: 10,000 in the deal's currency are 11,000 in the org's base currency; it closed for 12,000 (13,200).
        var row = ClosedDeal(OpportunityState.Won, estimated: 10_000m, actual: 12_000m, estimatedBase: 11_000m, actualBase: 13_200m);

        // Act
        var deal = OpportunityMapper.ToCore(row, Stages);
        var facts = new DealFactsBuilder(ScoringProfile.Default).Build(deal, null, Now);

        // Assert
        Assert.That(deal.EstimatedAmount, Is.EqualTo(11_000m));
        Assert.That(deal.ActualAmount, Is.EqualTo(13_200m));
        Assert.That(facts.Amount, Is.EqualTo(11_000m));
        Assert.That(facts.RevenueAmount, Is.EqualTo(13_200m));
    }

    [Test]
    public void ToCore_BlankCloseValue_Should_StayBlankSoRevenueFallsBackToThePipelineAmount()
    {
        // Arrange
        var row = ClosedDeal(OpportunityState.Won, estimated: 25_000m, actual: null);

        // Act
        var deal = OpportunityMapper.ToCore(row, Stages);

        // Assert: never a zero-value win.
        Assert.That(deal.ActualAmount, Is.Null);
        Assert.That(new DealFactsBuilder(ScoringProfile.Default).Build(deal, null, Now).RevenueAmount, Is.EqualTo(25_000m));
    }

    [Test]
    public void ToCore_NoAmountAtAll_Should_LeaveBothAmountsBlankAndThePipelineAmountZero()
    {
        // Act
        var deal = OpportunityMapper.ToCore(ClosedDeal(OpportunityState.Lost, estimated: null, actual: null), Stages);

        // Assert
        Assert.That(deal.EstimatedAmount, Is.Null);
        Assert.That(deal.ActualAmount, Is.Null);
        Assert.That(deal.PipelineAmount, Is.EqualTo(0m));
    }

    [Test]
    public void ScoringInputs_Should_ReadBothAmountsInBothCurrencies()
    {
        Assert.That(OpportunityColumns.ScoringInputs, Is.SupersetOf(new[]
        {
            OpportunityColumns.EstimatedValue, OpportunityColumns.EstimatedValueBase, OpportunityColumns.ActualValue, OpportunityColumns.ActualValueBase,
        }));
    }
    [Test]
    public void ToCore_RowWithOnlyTheMapperColumns_Should_MapExactlyLikeTheFullRow()
    {
        // Arrange: a deal with every scoring column set; the org standing's read asks for OpportunityMapper.Columns only.
        var full = Deal();
        full[OpportunityColumns.StageHistory] = "[{\"stage\":\"Qualify\",\"enteredOn\":\"2026-11-01T00:00:00Z\"},{\"stage\":\"Develop\",\"enteredOn\":\"2026-11-10T00:00:00Z\"}]";
        full[OpportunityColumns.ClosedatePushCount] = 2;
        full[OpportunityColumns.ContactsEngaged] = 3;
        full[OpportunityColumns.ParentAccountId] = new EntityReference("account", AccountId);
        full[OpportunityColumns.ActualValue] = new Money(1m);
        full[OpportunityColumns.TouchLog] = "[]";
        var projected = new Entity(OpportunityColumns.EntityName, full.Id);
        foreach (var column in OpportunityMapper.Columns.Where(full.Contains))
        {
            projected[column] = full[column];
        }

        // Act
        var fromFull = System.Text.Json.JsonSerializer.Serialize(OpportunityMapper.ToCore(full, Stages));
        var fromProjected = System.Text.Json.JsonSerializer.Serialize(OpportunityMapper.ToCore(projected, Stages));

        // Assert: the projection dropped columns, and nothing the mapping reads.
        Assert.That(projected.Attributes.Count, Is.LessThan(full.Attributes.Count));
        Assert.That(fromProjected, Is.EqualTo(fromFull));
        Assert.That(fromFull, Does.Contain("Qualify").And.Contain(AccountId.ToString()));
    }
}
