namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityrole
public enum EntityRole
{
    Referencing,
    Referenced,
}
