using CrmSpm.Cli.Demo.Dataverse.Rows;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>What one run of the embedded-org demo produced (tests inspect it beside the printed output).</summary>
public sealed record DataverseDemoResult(OrgSnapshot Generated, DemoOrg Org, MonthByMonthResult History, OrgReadBack ReadBack)
{
    /// <summary>Every recompute job that failed, month ends and final run together.</summary>
    public int AsyncFailures => History.MonthEnds.Failures.Count + History.Final.Failures.Count;
}
