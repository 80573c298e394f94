namespace Microsoft.Xrm.Sdk.Messages;

// Internal helper: typed message properties read a key if present, else default (the official message classes behave so: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequest).
internal static class ParameterAccess
{
    public static T Read<T>(ParameterCollection parameters, string key)
    {
        return parameters.Contains(key) ? (T)parameters[key] : default;
    }
}
