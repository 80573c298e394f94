using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Counters;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Pipeline;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.EmbeddedOrg.Store;

namespace CrmSpm.EmbeddedOrg;

// The shared state of one organization. Every service call takes Gate for its whole duration (plugins included):
// one lock per org keeps the semantics simple and correct; nested calls re-enter on the same thread.
internal sealed class OrgRuntime
{
    public OrgRuntime(EmbeddedOrgOptions options)
    {
        Options = options;
        Clock = options.Clock ?? TimeProvider.System;
        Catalog = new TableCatalog();
        Store = new DataStore(Catalog);
        Access = new AccessChecker(Store, options.SystemUserId);
        Steps = new StepRegistry();
        Counters = new OperationCounters();
        Traces = new TraceLog(options.MaxTraceEntries);
        Sandbox = new SandboxClock(options.SimulatedCallLatency, options.PluginTimeLimit);
        StockTables.AddTo(Catalog);
    }

    public SandboxClock Sandbox { get; }

    public IdGenerator Ids { get; } = new();

    public SharedValues Shared { get; } = new();

    public object Gate { get; } = new();

    public EmbeddedOrgOptions Options { get; }

    public TimeProvider Clock { get; }

    public TableCatalog Catalog { get; }

    public DataStore Store { get; }

    public AccessChecker Access { get; }

    public StepRegistry Steps { get; }

    public OperationCounters Counters { get; }

    public TraceLog Traces { get; }

    public Queue<AsyncJob> PendingJobs { get; } = new();

    public List<SystemJob> SystemJobs { get; } = new();

    // Set by a test through EmbeddedOrganization.InterleaveBefore; null otherwise.
    public Service.RequestInterleave? Interleave { get; set; }

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;
}
