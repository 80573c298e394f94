using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// The recompute as a scheduler runs it in a real org: many executions, each inside the sandbox's time limit
/// (https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance), none calling the next
/// (past depth 8 the platform aborts a chain as a loop: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth).
/// </summary>
public sealed class RecomputeBudgetPipelineTests : PluginTestBase
{
    [Test]
    public void Recalculate_ThirteenTeamsOneUnitPerExecution_Should_FinishEveryTeamAtDepthOne()
    {
        // Arrange: the reproduction of the self-chaining failure: 13 sales teams (a rep and a deal each).
        var org = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        var salesTeams = new List<Guid> { org.Team };
        SeedDeal(org, org.Rep, org.Team, "Deal 0");
        for (var i = 1; i < 13; i++)
        {
            var team = org.Org.CreateBusinessUnit("Team " + i);
            salesTeams.Add(team);
            SeedDeal(org, org.Org.CreateUser("Rep " + i, team, null, Salesperson()), team, "Deal " + i);
        }

        // Act
        var tokens = RecomputeLoop.Run(org.AsSystem);

        // Assert: the org standing, then 13 model-and-scorecard units and 13 deals, one unit per execution, plus one
        // execution that only passes the root business unit (SYSTEM, no deals) when its id sorts after every sales team.
        var trailing = RecalculationToken.Order.Compare(RootBusinessUnit(org), salesTeams.Max()) > 0 ? 1 : 0;
        Assert.That(tokens, Has.Count.EqualTo(27 + trailing));
        Assert.That(org.Org.RowCount(ScorecardColumns.EntityName), Is.EqualTo(13));
        Assert.That(org.Org.RowCount(ModelStateColumns.EntityName), Is.EqualTo(13 + 1), "a model per team and the org's standing");
        Assert.That(DealScores(org).Values, Has.All.Not.Null);
        var executions = org.Org.Traces.Where(t => t.MessageName == MessageNames.RecalculateScorecards).ToList();
        Assert.That(executions.Select(t => t.Depth).Distinct(), Is.EqualTo(new[] { 1 }));
        Assert.That(executions.Select(t => t.ExceptionMessage), Has.All.Null);
        Assert.That(org.Org.SystemJobs, Is.Empty);
    }

    [Test]
    public void Recalculate_StoppedInsideATeam_Should_ResumeInDealOrderAndEndWithTheRowsOfOneExecution()
    {
        // Arrange: the same team in two orgs; one recomputes in one execution, the other one unit per execution.
        var whole = CreateOrg();
        var split = CreateOrg(RecomputeLoop.OneUnitPerExecution);
        var splitDeals = new List<Guid>();
        foreach (var org in new[] { whole, split })
        {
            for (var i = 0; i < 5; i++)
            {
                var id = SeedDeal(org, i % 2 == 0 ? org.Rep : org.OtherRep, org.Team, "Deal " + i, stage: i < 3 ? "Develop" : "Propose");
                if (org == split) splitDeals.Add(id);
            }

            var won = SeedDeal(org, org.Rep, org.Team, "Won deal", state: OpportunityState.Won);
            var lost = SeedDeal(org, org.OtherRep, org.Team, "Lost deal", state: OpportunityState.Lost);
            if (org == split) splitDeals.AddRange(new[] { won, lost });
        }

        // Act
        var wholeWritten = whole.Org.Counters.Measure(() => RecomputeLoop.Run(whole.AsSystem)).RowsWritten;
        var splitTokens = new List<string>();
        var splitWritten = split.Org.Counters.Measure(() => splitTokens = RecomputeLoop.Run(split.AsSystem)).RowsWritten;

        // Assert: first the org standing alone (no team yet), then the model and scorecards (the empty Guid: no deal
        // yet), then the 7 deals one per execution, in id order.
        var team = split.Team.ToString();
        Assert.That(splitTokens[0], Does.EndWith("||"));
        Assert.That(splitTokens[1], Does.EndWith($"|{team}|{Guid.Empty}"));
        var expected = splitDeals.OrderBy(d => d, RecalculationToken.Order).Take(6).Select(d => $"|{team}|{d}").ToList();
        Assert.That(splitTokens.Skip(2).Take(6).Zip(expected, (token, end) => token.EndsWith(end, StringComparison.Ordinal)), Has.All.True);

        // Same scores and scorecards; the same writes, plus one health row per extra execution.
        Assert.That(ByName(DealScores(split), split), Is.EqualTo(ByName(DealScores(whole), whole)));
        Assert.That(Scorecards(split), Is.EqualTo(Scorecards(whole)));
        Assert.That(splitWritten - wholeWritten, Is.EqualTo(splitTokens.Count - 1));
    }

    [Test]
    public void Recalculate_SecondRunWithNothingChanged_Should_WriteOnlyItsHealthRow()
    {
        // Arrange
        var org = CreateOrg();
        SeedDeal(org, org.Rep, org.Team, "Open deal");
        SeedDeal(org, org.OtherRep, org.Team, "Won deal", state: OpportunityState.Won);
        RecomputeLoop.Run(org.AsSystem);

        // Act
        var second = org.Org.Counters.Measure(() => RecomputeLoop.Run(org.AsSystem));

        // Assert: reads, and one write: the execution's health row (the same standing as of the same instant is the
        // same run id, so its row is not rewritten).
        Assert.That(second.RowsWritten, Is.EqualTo(1));
        Assert.That(org.Org.RowCount(PluginHealthColumns.EntityName), Is.EqualTo(2));
    }

    [Test]
    public void Recalculate_DealsWithOpenTips_Should_ReadTheTeamsTipTasksWithItsLoadNotPerDeal()
    {
        // Arrange: two orgs alike but for the number of deals, each deal with open tips after a first run. The close
        // dates are past: the past-due tip needs no signal the seeded deals lack (no next step, touch or stage change).
        var one = CreateOrg();
        SeedDeal(one, one.Rep, one.Team, "Open deal 1", closeInDays: -2);
        var four = CreateOrg();
        for (var i = 1; i <= 4; i++)
        {
            SeedDeal(four, i % 2 == 0 ? four.OtherRep : four.Rep, four.Team, "Open deal " + i, closeInDays: -2);
        }

        RecomputeLoop.Run(one.AsSystem);
        RecomputeLoop.Run(four.AsSystem);
        Assert.That(OpenTipTasksOfDeals(four), Is.GreaterThanOrEqualTo(4), "every deal should have an open tip to plan");

        // Act
        var readsOfOne = TaskReadsOfARun(one);
        var readsOfFour = TaskReadsOfARun(four);

        // Assert: the task reads of a run do not grow with the deals that have tips (one query per chunk of deal ids).
        Assert.That(readsOfFour, Is.EqualTo(readsOfOne));
    }

    private static int TaskReadsOfARun(TestOrg org)
    {
        org.Org.ClearTraces();
        RecomputeLoop.Run(org.AsSystem);
        const string Marker = "Calls by kind: ";
        return org.Org.Traces.SelectMany(t => t.Text.Split('\n')).Where(l => l.StartsWith(Marker, StringComparison.Ordinal))
            .SelectMany(l => l.Substring(Marker.Length).TrimEnd('.', '\r').Split(", "))
            .Where(pair => pair.StartsWith("RetrieveMultiple task=", StringComparison.Ordinal))
            .Sum(pair => int.Parse(pair.Substring(pair.IndexOf('=') + 1), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int OpenTipTasksOfDeals(TestOrg org)
    {
        var query = new QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new ColumnSet(ActivityColumns.RegardingObjectId) };
        query.Criteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.NotNull);
        query.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, ActivityState.Open);
        return org.AsSystem.RetrieveMultiple(query).Entities
            .Count(t => t.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId)?.LogicalName == OpportunityColumns.EntityName);
    }

    private static Guid SeedDeal(TestOrg org, Guid owner, Guid team, string name, string stage = "Develop", int state = OpportunityState.Open, int closeInDays = 20) =>
        org.Org.Seed(new Entity(OpportunityColumns.EntityName)
        {
            [OpportunityColumns.Name] = name,
            [OpportunityColumns.StepName] = stage,
            [OpportunityColumns.EstimatedValueBase] = new Money(40_000m),
            [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(closeInDays),
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner),
            [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, team),
            [OpportunityColumns.StateCode] = new OptionSetValue(state),
            [OpportunityColumns.CreatedOn] = Now.AddDays(-40),
            [OpportunityColumns.ActualCloseDate] = state == OpportunityState.Open ? null : Now.AddDays(-5),
        });

    private static Guid RootBusinessUnit(TestOrg org) =>
        org.AsSystem.Retrieve(SystemUserColumns.EntityName, org.Org.SystemUserId, new ColumnSet(SystemUserColumns.BusinessUnitId))
            .GetAttributeValue<EntityReference>(SystemUserColumns.BusinessUnitId).Id;

    private static Dictionary<Guid, int?> DealScores(TestOrg org) =>
        org.AsSystem.RetrieveMultiple(new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.DealScore, OpportunityColumns.StateCode) })
            .Entities.Where(d => d.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value is null or OpportunityState.Open)
            .ToDictionary(d => d.Id, d => d.GetAttributeValue<int?>(OpportunityColumns.DealScore));

    private static Dictionary<string, int?> ByName(Dictionary<Guid, int?> scores, TestOrg org) => scores.ToDictionary(
        s => org.AsSystem.Retrieve(OpportunityColumns.EntityName, s.Key, new ColumnSet(OpportunityColumns.Name)).GetAttributeValue<string>(OpportunityColumns.Name),
        s => s.Value);

    private static List<string> Scorecards(TestOrg org) =>
        org.AsSystem.RetrieveMultiple(new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(true) }).Entities
            .Select(c => $"{c.GetAttributeValue<string>(ScorecardColumns.Name)} {c.GetAttributeValue<decimal?>(ScorecardColumns.AdoptionScore)} "
                + $"{c.GetAttributeValue<decimal?>(ScorecardColumns.BehaviourScore)} {c.GetAttributeValue<OptionSetValue>(ScorecardColumns.Tier)?.Value} "
                + $"{c.GetAttributeValue<decimal?>(ScorecardColumns.WinRate)} {c.GetAttributeValue<string>(ScorecardColumns.TipState)}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
}
