using System.Collections.Generic;
using CrmSpm.Core.Deals;

namespace CrmSpm.Plugins.Deals;

/// <summary>What one refresh of a deal did, for the trace and the tests.</summary>
public sealed class DealRefreshResult
{
    public int? Score { get; set; }

    /// <summary>The score's reasons (null when the deal was not scored): no tip may contradict them.</summary>
    public IReadOnlyList<DealReason>? Reasons { get; set; }

    public int TipsRaised { get; set; }
    public int TipsClosed { get; set; }
    public int TipsRefreshed { get; set; }
    public bool DealWritten { get; set; }
}
