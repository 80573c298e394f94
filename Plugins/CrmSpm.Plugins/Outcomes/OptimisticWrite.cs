using System.Globalization;
using System.ServiceModel;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// The close job's guarded writes. An asynchronous job runs outside any transaction
/// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions), so two jobs of one team on two
/// hosts can read the same row; an update with <c>IfRowVersionMatches</c> applies only if the row still has the version
/// read, otherwise the platform refuses it with ConcurrencyVersionMismatch and the job reads again
/// (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
public static class OptimisticWrite
{
    /// <summary>ConcurrencyVersionMismatch (0x80060882): the row changed since it was read.</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;

    /// <summary>
    /// Reads and writes of one row before the job gives up. A conflict means another close of the same team (or an
    /// edit of the same deal) landed between our read and write; each retry costs two calls, so five attempts ride out
    /// a burst of closes in one team and still end well inside the sandbox's two minutes. After that the count is
    /// recorded as a health failure (the nightly recompute rebuilds it), never silently lost.
    /// </summary>
    public const int MaxAttempts = 5;

    /// <summary>Updates <paramref name="row"/> only if it still has <c>row.RowVersion</c>.</summary>
    public static void Update(IOrganizationService service, Entity row) =>
        service.Execute(new UpdateRequest { Target = row, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

    public static bool IsConflict(FaultException<OrganizationServiceFault> fault) =>
        fault.Detail != null && fault.Detail.ErrorCode == ConcurrencyVersionMismatch;

    /// <summary>A read row's version: <c>Entity.RowVersion</c>, else its <c>versionnumber</c> column; null when neither came back.</summary>
    public static string? VersionOf(Entity row)
    {
        if (!string.IsNullOrEmpty(row.RowVersion))
        {
            return row.RowVersion;
        }

        return row.Attributes.TryGetValue(RowVersionColumn.Name, out var value) && value is long number
            ? number.ToString(CultureInfo.InvariantCulture)
            : null;
    }
}
