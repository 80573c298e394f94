using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// The org standing (tiers, benchmarks, coaching queue, decided across the org: docs/scoring.md §3) is decided once per
/// recompute run, by its first execution, and carried to the later executions on the org-level model-state row.
/// </summary>
public sealed class RecomputeStandingPipelineTests : PluginTestBase
{
    [Test]
    public void Recalculate_RunSplitAcrossExecutions_Should_GiveEveryRepTheTierExplanationAndQueueRankOfOneExecution()
    {
        // Arrange: the same two-team org twice (six reps winning 1 to 6 of their 8 closed deals, one open deal each);
        // one org recomputes in one execution, the other one unit of work per execution.
        var whole = CreateOrg();
        var split = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        foreach (var org in new[] { whole, split })
        {
            SeedTwoTeams(org);
        }

        // Act
        var wholeTokens = RecomputeLoop.Run(whole.AsSystem);
        var splitTokens = RecomputeLoop.Run(split.AsSystem);

        // Assert: one execution against many; every rep the same tier, explanation and queue rank, and the org's
        // tiers and queue are not trivial (more than one tier, a queue).
        Assert.That(wholeTokens, Has.Count.EqualTo(1));
        Assert.That(splitTokens, Has.Count.GreaterThan(10));
        var expected = Standings(whole);
        Assert.That(Standings(split), Is.EqualTo(expected));
        Assert.That(expected.Select(s => s.Tier).Distinct().Count(), Is.GreaterThanOrEqualTo(2));
        Assert.That(expected.Count(s => s.QueueRank.HasValue), Is.GreaterThan(0));
    }

    [Test]
    public void Recalculate_LaterExecution_Should_ReadTheStandingRowInsteadOfTheOrg()
    {
        // Arrange: two teams of 27 deals each.
        var org = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        SeedTwoTeams(org);
        var deals = org.Org.RowCount(OpportunityColumns.EntityName);

        // Act: the first execution decides the standing alone; the second works on the first team.
        var first = "";
        var firstRead = org.Org.Counters.Measure(() => first = Execute(org, "")).RowsRead;
        var secondRead = org.Org.Counters.Measure(() => Execute(org, first)).RowsRead;

        // Assert: the first execution reads every deal of the org; the second reads the standing row and one team's
        // rows (its 27 deals, cards, model, users, profile): fewer rows than the org has deals.
        Assert.That(first, Does.EndWith("||"));
        Assert.That(firstRead, Is.GreaterThanOrEqualTo(deals));
        Assert.That(secondRead, Is.LessThan(deals));
    }

    [Test]
    public void Recalculate_TokenWhoseStandingRowWasDeleted_Should_FailWithAMessageToStartANewRun()
    {
        // Arrange
        var org = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        SeedTwoTeams(org);
        var token = Execute(org, "");
        org.AsSystem.Delete(ModelStateColumns.EntityName, StandingStore.RowId);

        // Act
        var error = Assert.Catch(() => Execute(org, token));

        // Assert: no scorecard written with a guessed standing.
        Assert.That(error!.Message, Does.Contain("is gone").And.Contain("empty ContinuationToken"));
        Assert.That(org.Org.RowCount(ScorecardColumns.EntityName), Is.EqualTo(0));
    }

    [Test]
    public void Recalculate_TokenOfARunOvertakenByANewerRun_Should_FailRatherThanMixTwoStandings()
    {
        // Arrange: run 1 decides its standing; a deal closes; run 2 starts and decides another standing.
        var org = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        SeedTwoTeams(org);
        var runOne = Execute(org, "");
        SeedDeal(org, org.OtherRep, org.Team, OpportunityState.Won, daysAgo: 1);
        var runTwo = Execute(org, "");

        // Act
        var error = Assert.Catch(() => Execute(org, runOne));

        // Assert: run 1 fails naming the run that replaced it; run 2 goes on.
        Assert.That(runTwo.Split('|')[3], Is.Not.EqualTo(runOne.Split('|')[3]));
        Assert.That(error!.Message, Does.Contain("another run's standing (run " + runTwo.Split('|')[3] + ")"));
        Assert.That(Execute(org, runTwo), Does.StartWith("v4|"));
    }

    [Test]
    public void Recalculate_DealWithoutCloseDate_Should_ListItInTheOrgRowsDataIssues()
    {
        // Arrange: the two teams, plus one won deal whose actual close date is blank.
        var org = CreateOrg();
        SeedTwoTeams(org);
        var broken = org.Org.Seed(new Entity(OpportunityColumns.EntityName)
        {
            [OpportunityColumns.Name] = "Won without a date",
            [OpportunityColumns.StepName] = "Propose",
            [OpportunityColumns.EstimatedValueBase] = new Money(10_000m),
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
            [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, org.Team),
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Won),
            [OpportunityColumns.CreatedOn] = Now.AddDays(-30),
        });

        // Act
        RecomputeLoop.Run(org.AsSystem);

        // Assert: the org row names the deal and its problem once; org-wide issues (no activity logged at all) come
        // first; nothing was cut (listed = total).
        var row = org.AsSystem.RetrieveMultiple(new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(ModelStateColumns.TeamKey, ModelStateColumns.DataIssuesJson) })
            .Entities.Single(r => r.GetAttributeValue<string>(ModelStateColumns.TeamKey) == StandingStore.TeamKey);
        var document = Json.JsonColumn.Read<Json.DataIssuesDocument>(row.GetAttributeValue<string>(ModelStateColumns.DataIssuesJson))!;
        var entry = document.Issues.Single(i => i.RecordId == broken.ToString());
        Assert.That((entry.Code, entry.RecordType, entry.Count), Is.EqualTo(("missing-actual-close-date", "opportunity", 1)));
        Assert.That(entry.Problem, Does.StartWith("Closed deal without an actual close date"));
        Assert.That(document.Issues[0].RecordType, Is.EqualTo("org"));
        Assert.That(document.Listed, Is.EqualTo(document.Total));
        Assert.That(document.Total, Is.EqualTo(document.Issues.Sum(i => i.Count)));
    }

    private static string Execute(TestOrg org, string token) =>
        (string)org.AsSystem.Execute(new OrganizationRequest(MessageNames.RecalculateScorecards) { [MessageNames.ContinuationTokenParameter] = token })
            .Results[MessageNames.NextContinuationTokenParameter];

    /// <summary>Two teams of three reps; rep k of 0–5 won k + 1 of their 8 deals closed in the last 80 days (6 make a tier), and has one open deal.</summary>
    private static void SeedTwoTeams(TestOrg org)
    {
        var second = org.Org.CreateBusinessUnit("Mid-market");
        var reps = new[]
        {
            (org.Rep, org.Team), (org.OtherRep, org.Team), (org.Org.CreateUser("Ari Third", org.Team, org.Manager, Salesperson()), org.Team),
            (org.Org.CreateUser("Bea Fourth", second, null, Salesperson()), second), (org.Org.CreateUser("Cal Fifth", second, null, Salesperson()), second),
            (org.Org.CreateUser("Dee Sixth", second, null, Salesperson()), second),
        };
        for (var k = 0; k < reps.Length; k++)
        {
            for (var d = 0; d < 8; d++)
            {
                SeedDeal(org, reps[k].Item1, reps[k].Item2, d <= k ? OpportunityState.Won : OpportunityState.Lost, daysAgo: 5 + (9 * d) + k);
            }

            SeedDeal(org, reps[k].Item1, reps[k].Item2, OpportunityState.Open, daysAgo: 10 * k); // No two equal gains: the queue breaks ties by rep id, which differs between orgs.
        }
    }

    private static void SeedDeal(TestOrg org, Guid owner, Guid team, int state, int daysAgo) => org.Org.Seed(new Entity(OpportunityColumns.EntityName)
    {
        [OpportunityColumns.Name] = "Deal " + Guid.NewGuid(),
        [OpportunityColumns.StepName] = state == OpportunityState.Open ? "Develop" : "Propose",
        [OpportunityColumns.EstimatedValueBase] = new Money(30_000m + (1_000m * daysAgo)),
        [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(20),
        [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner),
        [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, team),
        [OpportunityColumns.StateCode] = new OptionSetValue(state),
        [OpportunityColumns.CreatedOn] = Now.AddDays(-daysAgo - 40),
        [OpportunityColumns.ActualCloseDate] = state == OpportunityState.Open ? null : Now.AddDays(-daysAgo),
    });

    /// <summary>Per rep (by the scorecard's name): tier, its explanation and queue rank.</summary>
    private static List<(string Name, int? Tier, string Details, int? QueueRank)> Standings(TestOrg org) =>
        org.AsSystem.RetrieveMultiple(new QueryExpression(ScorecardColumns.EntityName)
            {
                ColumnSet = new ColumnSet(ScorecardColumns.Name, ScorecardColumns.Tier, ScorecardColumns.Details, ScorecardColumns.QueueRank),
            })
            .Entities
            .Select(c => (c.GetAttributeValue<string>(ScorecardColumns.Name), c.GetAttributeValue<OptionSetValue>(ScorecardColumns.Tier)?.Value,
                c.GetAttributeValue<string>(ScorecardColumns.Details), c.GetAttributeValue<int?>(ScorecardColumns.QueueRank)))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)
            .ToList();
}
