using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// The lookup index answers lookup-filtered queries (Store/Table.cs): it must stay exact through updates,
// deletes and rollbacks, or queries would silently miss or invent rows.
public class LookupIndexTests : EmbeddedOrgTestBase
{
    [Test]
    public void LookupQuery_Should_FollowUpdatesDeletesAndRollbacks()
    {
        // Arrange: 4 tasks regarding deal A. Then: task 1 moves to B, task 2 is deleted, task 3's move to B is
        // rolled back by a failing step. Expected: A has tasks 3 and 4, B has task 1.
        var dealA = new EntityReference("opportunity", Service.Create(new Entity("opportunity") { ["name"] = "A" }));
        var dealB = new EntityReference("opportunity", Service.Create(new Entity("opportunity") { ["name"] = "B" }));
        var tasks = Enumerable.Range(1, 4)
            .Select(i => Service.Create(new Entity("task") { ["subject"] = "t" + i, ["regardingobjectid"] = dealA }))
            .ToList();
        Service.Update(new Entity("task", tasks[0]) { ["regardingobjectid"] = dealB });
        Service.Delete("task", tasks[1]);
        Register("Update", "task", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("rolled back"));
        Fault(() => Service.Update(new Entity("task", tasks[2]) { ["regardingobjectid"] = dealB }));

        // Act
        var onA = Subjects(dealA.Id);
        var onB = Subjects(dealB.Id);

        // Assert
        Assert.That(onA, Is.EqualTo(new[] { "t3", "t4" }));
        Assert.That(onB, Is.EqualTo(new[] { "t1" }));
    }

    [Test]
    public void LookupQuery_Should_StillApplyTheRestOfTheFilter()
    {
        // Arrange: two tasks on the deal, one completed (statecode 1).
        var deal = new EntityReference("opportunity", Service.Create(new Entity("opportunity")));
        Service.Create(new Entity("task") { ["subject"] = "open", ["regardingobjectid"] = deal });
        var done = Service.Create(new Entity("task") { ["subject"] = "done", ["regardingobjectid"] = deal });
        Service.Update(new Entity("task", done) { ["statecode"] = new OptionSetValue(1) });
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, deal.Id);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);

        // Act
        var result = Service.RetrieveMultiple(query).Entities.Select(e => e["subject"]);

        // Assert
        Assert.That(result, Is.EqualTo(new[] { "open" }));
    }

    [Test]
    public void QueryOnAnUnindexedAuditLookup_Should_ScanAndStillMatch()
    {
        // Arrange: createdby is deliberately not indexed (Store/Table.cs); two tasks by SYSTEM, one by a user.
        var rep = Org.CreateUser("Rep", roles: CrmSpm.EmbeddedOrg.Security.SecurityRole.SystemAdministrator());
        Service.Create(new Entity("task") { ["subject"] = "s1" });
        Service.Create(new Entity("task") { ["subject"] = "s2" });
        Org.ServiceFor(rep).Create(new Entity("task") { ["subject"] = "r1" });
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("createdby", ConditionOperator.Equal, rep);

        // Act
        var result = Service.RetrieveMultiple(query).Entities.Select(e => e["subject"]);

        // Assert
        Assert.That(result, Is.EqualTo(new[] { "r1" }));
    }

    private List<string> Subjects(Guid dealId)
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, dealId);
        return Service.RetrieveMultiple(query).Entities.Select(e => (string)e["subject"]).ToList();
    }
}
