namespace Microsoft.Xrm.Sdk.Messages;

// Internal helper: typed message properties read a key if present, else default (contract §1.8).
internal static class ParameterAccess
{
    public static T Read<T>(ParameterCollection parameters, string key)
    {
        return parameters.Contains(key) ? (T)parameters[key] : default;
    }
}
