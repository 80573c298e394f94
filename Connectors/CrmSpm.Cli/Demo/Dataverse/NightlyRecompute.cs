extern alias plugins;
using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;
using SystemJobStatus = CrmSpm.EmbeddedOrg.Pipeline.SystemJobStatus;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// The nightly recompute as the scheduled flow runs it (docs/plugins.md, "Nightly recompute"): calls the custom API
/// <c>crmspm_RecalculateScorecards</c> with an empty token, then again with each <c>NextContinuationToken</c> it
/// returns until that is empty. Each call is one execution within the sandbox's time limit; none calls the next.
/// </summary>
public sealed class NightlyRecompute
{
    /// <summary>A run that has not finished after this many executions is stopped and reported, never looped forever.</summary>
    public const int MaxExecutions = 10_000;

    private readonly DemoOrg org;

    public NightlyRecompute(DemoOrg org)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
    }

    /// <summary>Runs the recompute to the end and reports what it cost, how many executions it took and what failed.</summary>
    public RecomputeReport Run()
    {
        var organization = org.Organization;
        var jobsBefore = organization.SystemJobs.Count;
        var failures = new List<string>();
        var executions = 0;
        var cost = organization.Counters.Measure(() =>
        {
            var token = "";
            do
            {
                var request = new OrganizationRequest(MessageNames.RecalculateScorecards);
                request[MessageNames.ContinuationTokenParameter] = token;
                executions++;
                string next;
                try
                {
                    var response = organization.SystemService.Execute(request);
                    next = response.Results.TryGetValue(MessageNames.NextContinuationTokenParameter, out var value) ? value as string ?? "" : "";
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    failures.Add(MessageNames.RecalculateScorecards + ": " + fault.Detail.Message);
                    break;
                }

                if (next.Length > 0 && next == token)
                {
                    failures.Add(MessageNames.RecalculateScorecards + ": the continuation token did not move; stopped.");
                    break;
                }

                token = next;
            }
            while (token.Length > 0 && executions < MaxExecutions);

            organization.RunAsyncOperations();
        });
        var jobs = organization.SystemJobs.Skip(jobsBefore).ToList();
        failures.AddRange(jobs.Where(j => j.Status == SystemJobStatus.Failed).Select(j => j.StepName + ": " + j.ErrorMessage));
        return new RecomputeReport(cost.Calls, cost.RowsRead, cost.RowsWritten, executions, failures);
    }
}
