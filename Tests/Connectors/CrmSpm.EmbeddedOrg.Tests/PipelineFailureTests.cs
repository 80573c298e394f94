using System.ServiceModel;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Rollback, error wrapping, depth guard and asynchronous steps (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework, https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service).
public class PipelineFailureTests : EmbeddedOrgTestBase
{
    [Test]
    public void FailingSyncStep_Should_RollBackTheOperationAndItsNestedWrites()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework: synchronous steps share the transaction): a PostOperation step creates a task (nested write), then a
        // second PostOperation step fails. Neither the account nor the task may remain.
        Register("Create", "account", PipelineStage.PostOperation, p => ServiceOf(p).Create(new Entity("task") { ["subject"] = "nested" }), rank: 1);
        Register("Create", "account", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("Stop here"), rank: 2);

        // Act
        var fault = Fault(() => CreateAccount("A"));

        // Assert
        Assert.That(fault.Detail.Message, Is.EqualTo("Stop here"));
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(ErrorCodes.IsvAborted));
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
        Assert.That(Org.RowCount("task"), Is.EqualTo(0));
    }

    [Test]
    public void FailingStep_Should_RestoreAnUpdatedRow()
    {
        // Arrange
        var id = CreateAccount("Original");
        Register("Update", "account", PipelineStage.PostOperation, _ => throw new InvalidOperationException("bug"));

        // Act
        Fault(() => Service.Update(new Entity("account", id) { ["name"] = "Changed" }));

        // Assert
        Assert.That(Service.Retrieve("account", id, new ColumnSet("name"))["name"], Is.EqualTo("Original"));
    }

    [Test]
    public void NonPluginException_Should_SurfaceAsUnexpectedIsvError_WithTheDetailInTheTrace()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code)
        Register("Create", "account", PipelineStage.PreOperation, p =>
        {
            TracingOf(p).Trace("about to fail");
            throw new InvalidOperationException("private detail");
        });

        // Act
        var fault = Fault(() => CreateAccount("A"));

        // Assert
        Assert.That(fault.Detail.Message, Is.EqualTo("An unexpected error occurred from ISV code."));
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(ErrorCodes.IsvUnExpected));
        Assert.That(fault.Detail.TraceText, Does.Contain("about to fail").And.Contain("private detail"));
        Assert.That(Org.Traces.Single().ExceptionMessage, Does.Contain("private detail"));
    }

    [Test]
    public void NestedPluginFailure_Should_ReachTheTopCallerWithItsMessageIntact()
    {
        // Arrange: account PostOperation creates a task; the task's PreOperation step refuses it.
        Register("Create", "account", PipelineStage.PostOperation, p => ServiceOf(p).Create(new Entity("task") { ["subject"] = "x" }));
        Register("Create", "task", PipelineStage.PreOperation, _ => throw new InvalidPluginExecutionException("Tasks are closed today"));

        // Act
        var fault = Fault(() => CreateAccount("A"));

        // Assert
        Assert.That(fault.Detail.Message, Is.EqualTo("Tasks are closed today"));
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
    }

    [Test]
    public void SyncPluginSwallowingAFailedCall_Should_FailTheWholeOperation()
    {
        // Arrange (Microsoft docs "Troubleshoot plug-ins": a failed data operation ends the transaction; a plugin
        // that catches the fault and carries on gets "ISV code reduced the open transaction count").
        Register("Create", "account", PipelineStage.PostOperation, p =>
        {
            var service = ServiceOf(p);
            service.Create(new Entity("task") { ["subject"] = "written before the failure" });
            try
            {
                service.Retrieve("contact", Guid.NewGuid(), new ColumnSet());
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
            {
                // swallowed on purpose
            }
        });

        // Act
        var fault = Fault(() => CreateAccount("A"));

        // Assert
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(ErrorCodes.IsvReducedTransactionCount));
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
        Assert.That(Org.RowCount("task"), Is.EqualTo(0));
    }

    [Test]
    public void CallAfterASwallowedFailure_Should_FaultWithNoActiveTransaction()
    {
        // Arrange
        FaultException<OrganizationServiceFault>? second = null;
        Register("Create", "account", PipelineStage.PostOperation, p =>
        {
            var service = ServiceOf(p);
            try
            {
                service.Delete("contact", Guid.NewGuid());
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                second = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("task")));
                throw new InvalidPluginExecutionException("giving up");
            }
        });

        // Act
        var fault = Fault(() => CreateAccount("A"));

        // Assert
        Assert.That(second!.Detail.ErrorCode, Is.EqualTo(ErrorCodes.NoActiveTransaction));
        Assert.That(fault.Detail.Message, Is.EqualTo("giving up"));
        Assert.That(Org.RowCount("task"), Is.EqualTo(0));
    }

    [Test]
    public void AsyncPluginSwallowingAFailedCall_Should_CarryOn()
    {
        // Arrange: async steps run outside any transaction, so each nested call is its own.
        Register("Create", "account", PipelineStage.PostOperation, p =>
        {
            var service = ServiceOf(p);
            try
            {
                service.Retrieve("contact", Guid.NewGuid(), new ColumnSet());
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                service.Create(new Entity("task") { ["subject"] = "fallback" });
            }
        }, mode: StepMode.Asynchronous);

        // Act
        CreateAccount("A");
        Org.RunAsyncOperations();

        // Assert
        Assert.That(Org.SystemJobs.Single().Status, Is.EqualTo(SystemJobStatus.Succeeded));
        Assert.That(Org.RowCount("task"), Is.EqualTo(1));
    }

    [Test]
    public void TopLevelPreValidationWrites_Should_SurviveALaterFailure()
    {
        // Arrange (PreValidation runs outside the main transaction, https://learn.microsoft.com/power-apps/developer/data-platform/event-framework)
        Register("Create", "account", PipelineStage.PreValidation, p => ServiceOf(p).Create(new Entity("task") { ["subject"] = "audit" }));
        Register("Create", "account", PipelineStage.PreOperation, _ => throw new InvalidPluginExecutionException("no"));

        // Act
        Fault(() => CreateAccount("A"));

        // Assert
        Assert.That(Org.RowCount("task"), Is.EqualTo(1));
        Assert.That(Org.RowCount("account"), Is.EqualTo(0));
    }

    [Test]
    public void NestedCall_Should_IncrementDepth_AndCarryParentContextAndInitiatingUser()
    {
        // Arrange (IExecutionContext.Depth; CreateOrganizationService(null) is SYSTEM,
        // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice)
        var rep = Org.CreateUser("Rep", roles: CrmSpm.EmbeddedOrg.Security.SecurityRole.SystemAdministrator());
        IPluginExecutionContext? outer = null;
        IPluginExecutionContext? inner = null;
        Register("Create", "account", PipelineStage.PostOperation, p =>
        {
            outer = ContextOf(p);
            ServiceOf(p, null).Create(new Entity("task") { ["subject"] = "as system" });
        });
        Register("Create", "task", PipelineStage.PostOperation, p => inner = ContextOf(p));

        // Act
        Org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "A" });

        // Assert
        Assert.That(outer!.Depth, Is.EqualTo(1));
        Assert.That(inner!.Depth, Is.EqualTo(2));
        Assert.That(inner.ParentContext.Stage, Is.EqualTo(30), "a step's parent is its message's main operation");
        Assert.That(inner.ParentContext.ParentContext, Is.SameAs(outer), "whose parent is the calling plugin's context");
        Assert.That(inner.UserId, Is.EqualTo(Org.SystemUserId));
        Assert.That(inner.InitiatingUserId, Is.EqualTo(rep));
        Assert.That(inner.CorrelationId, Is.EqualTo(outer.CorrelationId));
    }

    [Test]
    public void SelfTriggeringStep_Should_StopAtDepthEight_AndRollEverythingBack()
    {
        // Arrange (maximum depth 8, https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth): each Update of the account updates it again.
        var id = Service.Create(new Entity("account") { ["name"] = "A", ["numberofemployees"] = 0 });
        var deepest = 0;
        Register("Update", "account", PipelineStage.PostOperation, p =>
        {
            var context = ContextOf(p);
            deepest = Math.Max(deepest, context.Depth);
            var current = (int)ServiceOf(p).Retrieve("account", context.PrimaryEntityId, new ColumnSet("numberofemployees"))["numberofemployees"];
            ServiceOf(p).Update(new Entity("account", context.PrimaryEntityId) { ["numberofemployees"] = current + 1 });
        });

        // Act
        var fault = Fault(() => Service.Update(new Entity("account", id) { ["numberofemployees"] = 1 }));

        // Assert: depths 1..8 ran; the 9th call was refused and everything rolled back to 0.
        Assert.That(deepest, Is.EqualTo(8));
        Assert.That(fault.Detail.Message, Does.Contain("infinite loop"));
        Assert.That(Service.Retrieve("account", id, new ColumnSet("numberofemployees"))["numberofemployees"], Is.EqualTo(0));
    }

    [Test]
    public void AsyncStep_Should_RunOnlyAfterCommit_OnDemand()
    {
        // Arrange (async runs after the operation completes, https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service)
        IPluginExecutionContext? seen = null;
        Register("Create", "account", PipelineStage.PostOperation, p => seen = ContextOf(p), mode: StepMode.Asynchronous);

        // Act
        var id = CreateAccount("A");
        var beforeRun = seen;
        var ran = Org.RunAsyncOperations();

        // Assert
        Assert.That(beforeRun, Is.Null);
        Assert.That(ran, Is.EqualTo(1));
        Assert.That(seen!.Mode, Is.EqualTo(1));
        Assert.That(seen.IsInTransaction, Is.False);
        Assert.That(seen.PrimaryEntityId, Is.EqualTo(id));
        Assert.That(Org.SystemJobs.Single().Status, Is.EqualTo(SystemJobStatus.Succeeded));
    }

    [Test]
    public void AsyncStep_OfARolledBackOperation_Should_NeverRun()
    {
        // Arrange
        var runs = 0;
        Register("Create", "account", PipelineStage.PostOperation, _ => runs++, mode: StepMode.Asynchronous);
        Register("Create", "account", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("no"));

        // Act
        Fault(() => CreateAccount("A"));
        Org.RunAsyncOperations();

        // Assert
        Assert.That(runs, Is.EqualTo(0));
        Assert.That(Org.SystemJobs, Is.Empty);
    }

    [Test]
    public void FailingAsyncStep_Should_BeLogged_AndRollNothingBack()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service)
        Register("Create", "account", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("async broke"), mode: StepMode.Asynchronous);
        var other = 0;
        Register("Create", "account", PipelineStage.PostOperation, _ => other++, mode: StepMode.Asynchronous, rank: 2);

        // Act
        CreateAccount("A");
        Org.RunAsyncOperations();

        // Assert
        var jobs = Org.SystemJobs;
        Assert.That(Org.RowCount("account"), Is.EqualTo(1));
        Assert.That(jobs.Select(j => j.Status), Is.EqualTo(new[] { SystemJobStatus.Failed, SystemJobStatus.Succeeded }));
        Assert.That(jobs[0].ErrorMessage, Is.EqualTo("async broke"));
        Assert.That(jobs[0].CompletedOn, Is.EqualTo(Start.UtcDateTime));
        Assert.That(other, Is.EqualTo(1));
    }

    [Test]
    public void CustomApi_Should_DispatchToItsMainOperationStep()
    {
        // Arrange (custom API requests dispatched to their registered plugin)
        Register("crmspm_ScoreDeal", null, PipelineStage.MainOperation, p =>
        {
            var context = ContextOf(p);
            context.OutputParameters["Score"] = (int)context.InputParameters["Base"] * 2;
        });
        var request = new OrganizationRequest("crmspm_ScoreDeal") { ["Base"] = 21 };

        // Act
        var response = Service.Execute(request);

        // Assert
        Assert.That(response.Results["Score"], Is.EqualTo(42));
        Assert.That(response.ResponseName, Is.EqualTo("crmspm_ScoreDeal"));
    }
}
