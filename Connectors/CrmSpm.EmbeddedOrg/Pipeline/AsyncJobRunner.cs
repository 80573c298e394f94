using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Runs queued asynchronous steps (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service): outside any transaction, each job counted as
// one top-level operation; a failure is recorded on its system job and rolls nothing back.
internal sealed class AsyncJobRunner
{
    private readonly OrgRuntime _runtime;
    private readonly StepInvoker _invoker;

    public AsyncJobRunner(OrgRuntime runtime, StepInvoker invoker)
    {
        _runtime = runtime;
        _invoker = invoker;
    }

    // Runs until the queue is empty, including jobs queued by the jobs themselves; returns how many ran.
    public int RunAll()
    {
        lock (_runtime.Gate)
        {
            var ran = 0;
            while (_runtime.PendingJobs.TryDequeue(out var job))
            {
                _runtime.Counters.BeginOperation();
                try
                {
                    var scope = new ExecutionScope(job.Context.Depth, job.Context, null, job.Context.InitiatingUserId, job.Context.CorrelationId);
                    _invoker.Invoke(job.Step, job.Context, scope);
                    job.Record.Status = SystemJobStatus.Succeeded;
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    job.Record.Status = SystemJobStatus.Failed;
                    job.Record.ErrorMessage = fault.Detail?.Message ?? fault.Message;
                    job.Record.ErrorCode = fault.Detail?.ErrorCode;
                }
                finally
                {
                    job.Record.CompletedOn = _runtime.UtcNow;
                    _runtime.Counters.EndOperation();
                    ran++;
                }
            }

            return ran;
        }
    }
}
