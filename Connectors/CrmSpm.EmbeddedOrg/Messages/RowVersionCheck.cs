using System.Globalization;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// Optimistic concurrency of Update and Delete (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency):
// with ConcurrencyBehavior.IfRowVersionMatches the write applies only when the row still has the version the caller
// read (Entity.RowVersion / EntityReference.RowVersion); a missing version fails at once. Default and AlwaysOverwrite
// write whatever the version. The row's version is a number the store bumps on every write, so nothing is formatted
// or allocated unless a caller asks for the check.
internal static class RowVersionCheck
{
    public static void Enforce(MessageExecution execution, string? rowVersion, Row current)
    {
        if (!execution.InputParameters.TryGetValue(ParameterNames.ConcurrencyBehavior, out var behavior)
            || behavior is not ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(rowVersion))
        {
            throw OrgFaults.VersionNotProvided();
        }

        if (!long.TryParse(rowVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version != current.Version)
        {
            throw OrgFaults.VersionMismatch();
        }
    }
}
