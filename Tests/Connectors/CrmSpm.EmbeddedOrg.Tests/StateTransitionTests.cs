using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Closed activities are read-only until reopened (activitypointer has no Create, Update or Delete message: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer);
// an opportunity is closed only by WinOpportunity/LoseOpportunity and reopened by SetState
// (https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunity). SetState and Assign come from
// Microsoft.Crm.Sdk.Proxy, so they are sent by name.
public sealed class StateTransitionTests : EmbeddedOrgTestBase
{
    private static OrganizationRequest SetState(string table, Guid id, int state, int status = -1) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference(table, id),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    [Test]
    public void CompletedTask_Should_RefuseEdits_UntilReopened()
    {
        var task = Service.Create(new Entity("task") { ["subject"] = "Call" });
        Service.Execute(SetState("task", task, 1));

        var edit = Fault(() => Service.Update(new Entity("task", task) { ["subject"] = "Changed" }));
        Service.Update(new Entity("task", task) { ["statecode"] = new OptionSetValue(0) });
        Service.Update(new Entity("task", task) { ["subject"] = "Changed" });

        // Web service error CannotUpdateBecauseItIsReadOnly (0x8004022E).
        Assert.That(edit.Detail.ErrorCode, Is.EqualTo(-2147220946));
        var row = Service.Retrieve("task", task, new ColumnSet("subject", "statecode", "statuscode"));
        Assert.That(row["subject"], Is.EqualTo("Changed"));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(2), "reopened with Open's default status");
    }

    [Test]
    public void CanceledTask_Should_RefuseSetStateToCompleted()
    {
        var task = Service.Create(new Entity("task") { ["subject"] = "Call" });
        Service.Execute(SetState("task", task, 2));

        var fault = Fault(() => Service.Execute(SetState("task", task, 1)));

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147220946));
        Assert.That(Service.Retrieve("task", task, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(6));
    }

    [TestCase(1, "Won", "WinOpportunityRequest")]
    [TestCase(2, "Lost", "LoseOpportunityRequest")]
    public void OpportunityClosedByUpdateOrSetState_Should_BeRefused(int state, string label, string request)
    {
        var deal = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        var byUpdate = Fault(() => Service.Update(new Entity("opportunity", deal) { ["statecode"] = new OptionSetValue(state) }));
        var bySetState = Fault(() => Service.Execute(SetState("opportunity", deal, state)));

        var expected = $"This message can not be used to set the state of opportunity to {label}. In order to set the state of opportunity to {label}, use the {request} message instead.";
        Assert.That(byUpdate.Detail.Message, Is.EqualTo(expected));
        Assert.That(bySetState.Detail.Message, Is.EqualTo(expected));
        Assert.That(Service.Retrieve("opportunity", deal, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(0));
    }

    [Test]
    public void LostOpportunity_Should_ReopenBySetState_AndThenWin()
    {
        var deal = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var setStateSteps = 0;
        Register("SetState", "opportunity", PipelineStage.PostOperation, _ => setStateSteps++);
        OrganizationRequest Close(string name, int status) => new(name)
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", deal) },
            ["Status"] = new OptionSetValue(status),
        };

        Service.Execute(Close("LoseOpportunity", 4));
        Service.Execute(SetState("opportunity", deal, 0));
        Service.Execute(Close("WinOpportunity", -1));

        var row = Service.Retrieve("opportunity", deal, new ColumnSet("statecode", "statuscode"));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(3), "Won's default status");
        Assert.That(setStateSteps, Is.EqualTo(1));
    }

    [Test]
    public void WinWithALostStatus_Should_FaultWithInvalidStateCodeStatusCode()
    {
        var deal = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var fault = Fault(() => Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", deal) },
            ["Status"] = new OptionSetValue(4),
        }));

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147187704));
        Assert.That(Org.RowCount("opportunityclose"), Is.EqualTo(0), "the failed close rolled back its opportunityclose");
    }

    [Test]
    public void DeletingAnOpportunity_Should_DeleteTheActivitiesRegardingIt()
    {
        // Opportunity_Tasks is parental: Delete cascades
        // (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior).
        var deal = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var other = Service.Create(new Entity("opportunity") { ["name"] = "Other" });
        var deletes = 0;
        Register("Delete", "task", PipelineStage.PostOperation, _ => deletes++);
        Service.Create(new Entity("task") { ["subject"] = "a", ["regardingobjectid"] = new EntityReference("opportunity", deal) });
        Service.Create(new Entity("phonecall") { ["subject"] = "b", ["regardingobjectid"] = new EntityReference("opportunity", deal) });
        Service.Create(new Entity("task") { ["subject"] = "c", ["regardingobjectid"] = new EntityReference("opportunity", other) });

        Service.Delete("opportunity", deal);

        Assert.That(Org.RowCount("task"), Is.EqualTo(1));
        Assert.That(Org.RowCount("phonecall"), Is.EqualTo(0));
        Assert.That(deletes, Is.EqualTo(1), "cascaded deletes run the task's Delete steps");
    }
}
