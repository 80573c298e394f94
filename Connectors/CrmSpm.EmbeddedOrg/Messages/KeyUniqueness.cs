using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;

namespace CrmSpm.EmbeddedOrg.Messages;

// An alternate key is a unique index: a Create whose values repeat a key of an existing row is refused with
// DuplicateRecordEntityKey (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity).
// Tables without keys (most, and every table of the large benchmarks) pay one empty-list check.
internal static class KeyUniqueness
{
    public static void Ensure(MessageExecution execution, TableDefinition definition, Dictionary<string, object> values)
    {
        foreach (var key in definition.AlternateKeys)
        {
            if (!key.All(values.ContainsKey))
            {
                continue;
            }

            if (TargetResolver.FindByKey(execution.Runtime.Store, definition.Name, key.Select(c => new KeyValuePair<string, object>(c, values[c]))) != null)
            {
                throw OrgFaults.DuplicateKey(string.Join(", ", key));
            }
        }
    }
}
