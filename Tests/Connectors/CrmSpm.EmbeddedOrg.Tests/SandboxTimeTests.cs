using CrmSpm.EmbeddedOrg.Pipeline;
using CrmSpm.EmbeddedOrg.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// The sandbox stops a plugin execution after 2 minutes
// (https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance#sandbox-timeout); the error
// is SandboxHostPluginTimeout in https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes.
public sealed class SandboxTimeTests : EmbeddedOrgTestBase
{
    private EmbeddedOrganization SlowOrg() =>
        new(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(Start), SimulatedCallLatency = TimeSpan.FromMilliseconds(10) });

    private static Guid RegisterReader(EmbeddedOrganization org, int calls) => org.RegisterStep(new StepRegistration
    {
        Name = "reader",
        Message = "Create",
        PrimaryEntity = "account",
        Stage = PipelineStage.PostOperation,
        Plugin = new DelegatePlugin(p =>
        {
            var service = ServiceOf(p);
            for (var i = 0; i < calls; i++)
            {
                service.RetrieveMultiple(new QueryExpression("account") { TopCount = 1 });
            }
        }),
    });

    [Test]
    public void ExecutionTime_Should_BeCallsTimesLatency_InTheTrace()
    {
        var org = SlowOrg();
        RegisterReader(org, 100);

        org.SystemService.Create(new Entity("account") { ["name"] = "Acme" });

        Assert.That(org.Traces.Single().SimulatedDuration, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void ExecutionOverTwoMinutes_Should_FailWithSandboxHostPluginTimeout_AndRollBack()
    {
        // 12,001 calls × 10 ms = 120.01 s > 2 minutes.
        var org = SlowOrg();
        RegisterReader(org, 12_001);

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("account") { ["name"] = "Acme" }))!;

        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147204750));
        Assert.That(fault.Detail.Message, Is.EqualTo("The plug-in execution failed because the operation has timed-out at the Sandbox Host."));
        Assert.That(org.RowCount("account"), Is.EqualTo(0));
    }

    [Test]
    public void ExactlyTwoMinutes_Should_StillSucceed()
    {
        var org = SlowOrg();
        RegisterReader(org, 12_000);

        org.SystemService.Create(new Entity("account") { ["name"] = "Acme" });

        Assert.That(org.RowCount("account"), Is.EqualTo(1));
    }

    [Test]
    public void ExecuteTransaction_Should_RollBackEveryRequest_AndNameTheFaultedIndex()
    {
        var requests = new OrganizationRequestCollection
        {
            new CreateRequest { Target = new Entity("account") { ["name"] = "one" } },
            new CreateRequest { Target = new Entity("account") { ["name"] = new string('x', 161) } },
        };

        var fault = Fault(() => Service.Execute(new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true }));
        var ok = (ExecuteTransactionResponse)Service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") { ["name"] = "two" } } },
            ReturnResponses = true,
        });

        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
        Assert.That(((ExecuteTransactionFault)fault.Detail).FaultedRequestIndex, Is.EqualTo(1));
        Assert.That(fault.Detail.ErrorCode, Is.EqualTo(-2147204303));
        Assert.That(ok.Responses.Count, Is.EqualTo(1));
        Assert.That(Org.RowCount("account"), Is.EqualTo(1));
    }
}
