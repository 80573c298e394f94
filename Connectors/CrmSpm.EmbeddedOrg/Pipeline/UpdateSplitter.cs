using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior: "When update requests are processed that include both state/status
// fields plus other standard fields, plug-ins registered for the Update message in PreOperation and/or
// PostOperation stages execute once for all non-state/status fields, and then once for the state/status fields."
internal static class UpdateSplitter
{
    private static readonly Entity?[] Whole = { null };

    // The Targets to run the in-transaction stages with; a single null means "the Target as it is".
    public static IReadOnlyList<Entity?> Parts(Messages.MessageExecution execution)
    {
        if (execution.MessageName != MessageNames.Update || execution.Input<Entity>(Messages.ParameterNames.Target) is not { } target)
        {
            return Whole;
        }

        var hasState = false;
        var hasOther = false;
        foreach (var key in target.Attributes.Keys)
        {
            if (IsStateColumn(key))
            {
                hasState = true;
            }
            else if (key != execution.Runtime.Catalog.PrimaryIdColumn(target.LogicalName))
            {
                hasOther = true;
            }
        }

        if (!(hasState && hasOther))
        {
            return Whole;
        }

        var others = Copy(target, include: key => !IsStateColumn(key));
        var state = Copy(target, include: IsStateColumn);
        return new Entity?[] { others, state };
    }

    private static bool IsStateColumn(string column) => column is ColumnNames.StateCode or ColumnNames.StatusCode;

    private static Entity Copy(Entity target, System.Func<string, bool> include)
    {
        var part = new Entity(target.LogicalName, target.Id) { KeyAttributes = target.KeyAttributes };
        foreach (var pair in target.Attributes)
        {
            if (include(pair.Key))
            {
                part.Attributes[pair.Key] = pair.Value;
            }
        }

        return part;
    }
}
