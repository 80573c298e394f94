extern alias plugins;
using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;
using SystemJobStatus = CrmSpm.EmbeddedOrg.Pipeline.SystemJobStatus;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// The nightly recompute as a scheduled flow starts it: calls the custom API <c>crmspm_RecalculateScorecards</c>
/// (asynchronous), then lets the org's async service run the queued jobs, including the pages each job chains.
/// </summary>
public sealed class NightlyRecompute
{
    private readonly DemoOrg org;

    public NightlyRecompute(DemoOrg org)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
    }

    /// <summary>Runs the recompute to the end and reports what it cost and how its jobs ended.</summary>
    public RecomputeReport Run()
    {
        var organization = org.Organization;
        var jobsBefore = organization.SystemJobs.Count;
        var request = new OrganizationRequest(MessageNames.RecalculateScorecards);
        request[MessageNames.ContinuationTokenParameter] = "";
        var cost = organization.Counters.Measure(() =>
        {
            organization.SystemService.Execute(request);
            organization.RunAsyncOperations();
        });
        var jobs = organization.SystemJobs.Skip(jobsBefore).ToList();
        return new RecomputeReport(
            cost.Calls,
            cost.RowsRead,
            cost.RowsWritten,
            jobs.Count(j => j.MessageName == MessageNames.RecalculateScorecards),
            jobs.Where(j => j.Status == SystemJobStatus.Failed).Select(j => j.StepName + ": " + j.ErrorMessage).ToList());
    }
}
