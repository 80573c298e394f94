using System;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.EmbeddedOrg.Store;

namespace CrmSpm.EmbeddedOrg.Query;

// What a query needs besides the query itself: the rows, the caller (for security and EqualUserId) and "now".
internal sealed class QueryContext
{
    public QueryContext(DataStore store, AccessChecker access, Guid userId, DateTime utcNow)
    {
        Store = store;
        Access = access;
        UserId = userId;
        UtcNow = utcNow;
    }

    public DataStore Store { get; }

    public AccessChecker Access { get; }

    public Guid UserId { get; }

    public DateTime UtcNow { get; }
}
