using System.ServiceModel;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>How the plugins count the weekly tip cap's shows from tip states (docs/plugins.md, "Weekly tip cap").</summary>
public sealed class WeeklyTipCountTests : PluginTestBase
{
    [Test]
    public void ShownThisWeek_Should_CountTheEntriesShownInTheLast7Days()
    {
        // Arrange: shown now, 3 days ago and 6.9 days ago count; exactly 7 days ago, 8 days ago, tomorrow and never do not.
        var state = new[] { 0.0, 3, 6.9, 7, 8, -1 }.Select(days => Entry(Now.AddDays(-days))).Append(new TipStateEntry { RuleId = "never" }).ToList();

        // Act
        var shown = ShownThisWeek.In(state, Now);

        // Assert
        Assert.That(shown, Is.EqualTo(3));
        Assert.That(ShownThisWeek.In(JsonColumn.Write(state), Now), Is.EqualTo(3));
        Assert.That(ShownThisWeek.In("{not json", Now), Is.Zero);
        Assert.That(ShownThisWeek.In((string?)null, Now), Is.Zero);
    }

    [Test]
    public void ShownElsewhereReader_Should_ReadTheRepsOtherDealsChangedThisWeekAndAddUpTheirTipStates()
    {
        // Arrange: two of the rep's deals changed this week: 2 tips shown on one, 1 on the other (and 1 last month).
        SystemService.Answer(OpportunityColumns.EntityName,
            Deal(Entry(Now.AddDays(-1)), Entry(Now.AddDays(-2))),
            Deal(Entry(Now.AddDays(-6)), Entry(Now.AddDays(-30))),
            new Entity(OpportunityColumns.EntityName, Guid.NewGuid()));

        // Act
        var shown = new ShownElsewhereReader(SystemService, Services).Count(RepId, DealId, Now);

        // Assert: one query, only the tip-state column, the rep's deals but this one, modified since 7 days ago.
        Assert.That(shown, Is.EqualTo(3));
        var query = SystemService.Queries.Single();
        Assert.That(query.ColumnSet.Columns, Is.EqualTo(new[] { OpportunityColumns.TipState }));
        Assert.That(query.Criteria.Conditions.Select(c => (c.AttributeName, c.Operator, c.Values.Single())), Is.EqualTo(new[]
        {
            (OpportunityColumns.OwnerId, ConditionOperator.Equal, (object)RepId),
            (OpportunityColumns.Id, ConditionOperator.NotEqual, DealId),
            (OpportunityColumns.ModifiedOn, ConditionOperator.GreaterEqual, Now.AddDays(-7)),
        }));
    }

    [Test]
    public void ShownElsewhereReader_FaultedQuery_Should_TraceItAndAnswerNull()
    {
        // Arrange
        SystemService.FailNext("RetrieveMultiple " + OpportunityColumns.EntityName,
            new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { Message = "Generic SQL error." }));

        // Act
        var shown = new ShownElsewhereReader(SystemService, Services).Count(RepId, DealId, Now);

        // Assert: the caller counts the deal's own tips only; the admin reads why.
        Assert.That(shown, Is.Null);
        Assert.That(Services.TraceLines.Single(), Does.Contain("Generic SQL error."));
    }

    private static TipStateEntry Entry(DateTime shownOn) => new TipStateEntry { RuleId = "rule-" + shownOn.Ticks, Shows = 1, LastShownOn = IsoDate.Write(shownOn) };

    private static Entity Deal(params TipStateEntry[] state) =>
        new Entity(OpportunityColumns.EntityName, Guid.NewGuid()) { [OpportunityColumns.TipState] = JsonColumn.Write(state.ToList()) };
}
