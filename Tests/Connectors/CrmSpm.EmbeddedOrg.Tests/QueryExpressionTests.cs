using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// RetrieveMultiple semantics (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results). Fixture: three opportunities on one account and one on another.
public class QueryExpressionTests : EmbeddedOrgTestBase
{
    private Guid _contoso;
    private Guid _fabrikam;

    [SetUp]
    public void SeedDeals()
    {
        _contoso = CreateAccount("Contoso");
        _fabrikam = CreateAccount("Fabrikam");
        Deal("Alpha", 100m, _contoso, Start.UtcDateTime.AddDays(-1));
        Deal("Beta", 250m, _contoso, Start.UtcDateTime.AddDays(3));
        Deal("Gamma", null, _contoso, Start.UtcDateTime.AddDays(20));
        Deal("Delta", 400m, _fabrikam, Start.UtcDateTime.AddDays(-40));
    }

    [TestCase(ConditionOperator.Equal, new object[] { "Beta" }, new[] { "Beta" })]
    [TestCase(ConditionOperator.NotEqual, new object[] { "beta" }, new[] { "Alpha", "Gamma", "Delta" })]
    [TestCase(ConditionOperator.In, new object[] { "Alpha", "Delta" }, new[] { "Alpha", "Delta" })]
    [TestCase(ConditionOperator.NotIn, new object[] { "Alpha", "Delta" }, new[] { "Beta", "Gamma" })]
    [TestCase(ConditionOperator.Like, new object[] { "%ta" }, new[] { "Beta", "Delta" })]
    [TestCase(ConditionOperator.BeginsWith, new object[] { "g" }, new[] { "Gamma" })]
    [TestCase(ConditionOperator.EndsWith, new object[] { "HA" }, new[] { "Alpha" })]
    public void TextOperators_Should_MatchCaseInsensitively(ConditionOperator op, object[] values, string[] expected)
    {
        // Arrange (SQL collation: case-insensitive)
        var query = Names();
        query.Criteria.AddCondition("name", op, values);

        // Act / Assert
        Assert.That(Run(query), Is.EqualTo(expected));
    }

    [TestCase(ConditionOperator.GreaterThan, 100, new[] { "Beta", "Delta" })]
    [TestCase(ConditionOperator.GreaterEqual, 100, new[] { "Alpha", "Beta", "Delta" })]
    [TestCase(ConditionOperator.LessThan, 250, new[] { "Alpha" })]
    [TestCase(ConditionOperator.LessEqual, 250, new[] { "Alpha", "Beta" })]
    public void NumericOperators_Should_CompareMoneyByValue_AndSkipNulls(ConditionOperator op, int value, string[] expected)
    {
        // Arrange: Gamma has no estimatedvalue, so no comparison matches it.
        var query = Names();
        query.Criteria.AddCondition("estimatedvalue", op, (decimal)value);

        // Act / Assert
        Assert.That(Run(query), Is.EqualTo(expected));
    }

    [Test]
    public void NullAndNotNull_Should_TestPresence()
    {
        // Arrange
        var nulls = Names();
        nulls.Criteria.AddCondition("estimatedvalue", ConditionOperator.Null);
        var notNulls = Names();
        notNulls.Criteria.AddCondition("estimatedvalue", ConditionOperator.NotNull);

        // Act / Assert
        Assert.That(Run(nulls), Is.EqualTo(new[] { "Gamma" }));
        Assert.That(Run(notNulls), Is.EqualTo(new[] { "Alpha", "Beta", "Delta" }));
    }

    [Test]
    public void DateOperators_Should_UseTheOrgClock()
    {
        // Arrange: now = 2026-11-20 09:00. Close dates: Alpha 11-19, Beta 11-23, Gamma 12-10, Delta 10-11.
        var on = Names();
        on.Criteria.AddCondition("estimatedclosedate", ConditionOperator.On, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        var onOrAfter = Names();
        onOrAfter.Criteria.AddCondition("estimatedclosedate", ConditionOperator.OnOrAfter, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        var onOrBefore = Names();
        onOrBefore.Criteria.AddCondition("estimatedclosedate", ConditionOperator.OnOrBefore, new DateTime(2026, 11, 19, 0, 0, 0, DateTimeKind.Utc));
        var last7 = Names();
        last7.Criteria.AddCondition("estimatedclosedate", ConditionOperator.LastXDays, 7);
        var next7 = Names();
        next7.Criteria.AddCondition("estimatedclosedate", ConditionOperator.NextXDays, 7);

        // Act / Assert
        Assert.That(Run(on), Is.EqualTo(new[] { "Beta" }));
        Assert.That(Run(onOrAfter), Is.EqualTo(new[] { "Beta", "Gamma" }));
        Assert.That(Run(onOrBefore), Is.EqualTo(new[] { "Alpha", "Delta" }));
        Assert.That(Run(last7), Is.EqualTo(new[] { "Alpha" }));
        Assert.That(Run(next7), Is.EqualTo(new[] { "Beta" }));
    }

    [Test]
    public void NestedOrInsideAnd_Should_Combine()
    {
        // Arrange: parent = Contoso AND (value >= 200 OR value null) → Beta, Gamma.
        var query = Names();
        query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, _contoso);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("estimatedvalue", ConditionOperator.GreaterEqual, 200m);
        either.AddCondition("estimatedvalue", ConditionOperator.Null);

        // Act / Assert
        Assert.That(Run(query), Is.EqualTo(new[] { "Beta", "Gamma" }));
    }

    [Test]
    public void LookupCondition_Should_AcceptAGuidArrayForIn()
    {
        // Arrange: a Guid[] binds to the single-object constructor; the org flattens it.
        var query = Names();
        query.Criteria.AddCondition(new ConditionExpression("parentaccountid", ConditionOperator.In, new[] { _fabrikam }));

        // Act / Assert
        Assert.That(Run(query), Is.EqualTo(new[] { "Delta" }));
    }

    [Test]
    public void InnerLink_Should_FilterOnTheLinkedRow_AndReturnAliasedValues()
    {
        // Arrange (linked columns come back as AliasedValue under "alias.column", https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables)
        var query = Names();
        var link = query.AddLink("account", "parentaccountid", "accountid");
        link.EntityAlias = "acct";
        link.Columns = new ColumnSet("name");
        link.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Fabrikam");

        // Act
        var result = Service.RetrieveMultiple(query);

        // Assert
        Assert.That(result.Entities, Has.Count.EqualTo(1));
        var aliased = result.Entities[0].GetAttributeValue<AliasedValue>("acct.name");
        Assert.That(aliased.Value, Is.EqualTo("Fabrikam"));
        Assert.That(aliased.EntityLogicalName, Is.EqualTo("account"));
        Assert.That(aliased.AttributeLogicalName, Is.EqualTo("name"));
    }

    [Test]
    public void OuterLink_Should_KeepRowsWithoutAMatch()
    {
        // Arrange: one task regarding Alpha only; an outer join from every deal keeps all four deals.
        var allDeals = Run(Names()).Count;
        var query = Names();
        var deals = Service.RetrieveMultiple(Names()).Entities;
        Service.Create(new Entity("task") { ["subject"] = "Follow up", ["regardingobjectid"] = deals[0].ToEntityReference() });
        var link = query.AddLink("task", "opportunityid", "regardingobjectid", JoinOperator.LeftOuter);
        link.Columns = new ColumnSet("subject");

        // Act
        var result = Service.RetrieveMultiple(query);

        // Assert: the generated alias is "{table}{n}" (task1).
        Assert.That(result.Entities, Has.Count.EqualTo(allDeals));
        Assert.That(result.Entities.Count(e => e.Contains("task1.subject")), Is.EqualTo(1));
    }

    [Test]
    public void Orders_Descending_Should_PutNullsLast()
    {
        // Arrange: descending by value: Delta 400, Beta 250, Alpha 100, Gamma null (nulls sort lowest).
        var query = Names();
        query.AddOrder("estimatedvalue", OrderType.Descending);

        // Act / Assert
        Assert.That(Run(query), Is.EqualTo(new[] { "Delta", "Beta", "Alpha", "Gamma" }));
    }

    [Test]
    public void TopCount_Should_LimitRows()
    {
        // Arrange
        var query = Names();
        query.TopCount = 2;

        // Act
        var result = Service.RetrieveMultiple(query);

        // Assert
        Assert.That(result.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Alpha", "Beta" }));
        Assert.That(result.MoreRecords, Is.False);
    }

    [Test]
    public void PagingCookie_Should_WalkEveryRowOnce_EvenWhenRowsAreAddedBetweenPages()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results)
        var query = Names();
        query.PageInfo = new PagingInfo { Count = 3, PageNumber = 1 };

        // Act
        var first = Service.RetrieveMultiple(query);
        Deal("Epsilon", 1m, _fabrikam, Start.UtcDateTime);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = Service.RetrieveMultiple(query);

        // Assert
        Assert.That(first.MoreRecords, Is.True);
        Assert.That(first.PagingCookie, Does.StartWith("<cookie page=\"1\"><opportunityid last=\"{"));
        Assert.That(first.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Alpha", "Beta", "Gamma" }));
        Assert.That(second.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Delta", "Epsilon" }));
        Assert.That(second.MoreRecords, Is.False);
    }

    [Test]
    public void PageSize_Should_BeCappedAt5000_AndTotalCountReported()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results): 5,002 tasks seeded, page size asked 10,000.
        for (var i = 0; i < 5002; i++)
        {
            Org.Seed(new Entity("task") { ["subject"] = "t" + i });
        }

        var query = new QueryExpression("task") { PageInfo = new PagingInfo { Count = 10_000, ReturnTotalRecordCount = true } };

        // Act
        var result = Service.RetrieveMultiple(query);

        // Assert
        Assert.That(result.Entities, Has.Count.EqualTo(5000));
        Assert.That(result.MoreRecords, Is.True);
        Assert.That(result.TotalRecordCount, Is.EqualTo(5000));
        Assert.That(result.TotalRecordCountLimitExceeded, Is.True);
    }

    [Test]
    public void QueryByAttribute_Should_MatchAllPairs()
    {
        // Arrange
        var query = new QueryByAttribute("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("parentaccountid", _contoso);
        query.AddAttributeValue("name", "Gamma");

        // Act
        var result = Service.RetrieveMultiple(query);

        // Assert
        Assert.That(result.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Gamma" }));
    }

    [Test]
    public void UnsupportedOperator_Should_FaultNamingIt()
    {
        // Arrange
        var query = Names();
        query.Criteria.AddCondition("name", ConditionOperator.Under, Guid.NewGuid());

        // Act
        var fault = Fault(() => Service.RetrieveMultiple(query));

        // Assert
        Assert.That(fault.Detail.Message, Does.Contain("Under"));
    }

    private void Deal(string name, decimal? value, Guid account, DateTime closeDate)
    {
        var deal = new Entity("opportunity")
        {
            ["name"] = name,
            ["parentaccountid"] = new EntityReference("account", account),
            ["estimatedclosedate"] = closeDate,
        };
        if (value.HasValue)
        {
            deal["estimatedvalue"] = new Money(value.Value);
        }

        Service.Create(deal);
    }

    private static QueryExpression Names() => new("opportunity") { ColumnSet = new ColumnSet("name") };

    private List<string> Run(QueryExpression query) =>
        Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name")).ToList();
}
