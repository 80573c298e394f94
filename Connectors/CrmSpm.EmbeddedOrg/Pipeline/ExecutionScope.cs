using System;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Where a service call comes from: the top level (depth 0, no transaction) or a plugin (its context's depth, its
// transaction if it runs inside one, its context as the nested call's ParentContext). PlatformWrite marks a
// platform-internal write that may set columns callers cannot (statecode of a new opportunityclose).
internal sealed record ExecutionScope(int Depth, PluginContext? ParentContext, Transaction? Transaction, Guid? InitiatingUserId, Guid CorrelationId, bool PlatformWrite = false)
{
    public static ExecutionScope TopLevel(Guid correlationId) => new(0, null, null, null, correlationId);
}
