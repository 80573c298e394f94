using System.Collections;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// The values of a condition, with arrays flattened: `new ConditionExpression("x", In, guids)` binds the array to the
// single-object overload, so it arrives as one value that is a collection.
internal static class ConditionValues
{
    public static List<object?> Of(ConditionExpression condition)
    {
        var values = new List<object?>();
        foreach (var value in condition.Values)
        {
            if (value is IEnumerable items and not string and not byte[])
            {
                foreach (var item in items)
                {
                    values.Add(item);
                }
            }
            else
            {
                values.Add(value);
            }
        }

        return values;
    }
}
