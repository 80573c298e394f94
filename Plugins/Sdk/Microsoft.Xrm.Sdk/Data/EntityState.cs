namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitystate
public enum EntityState
{
    Unchanged,
    Created,
    Changed,
}
