using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// Not sealed; InputParameters, OutputParameters, SharedVariables, request Parameters and response Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.parametercollection).
public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    public bool TryGetValue<T>(string key, out T value)
    {
        // base.: an unqualified call would bind to this generic overload (T = object) and recurse.
        if (base.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
