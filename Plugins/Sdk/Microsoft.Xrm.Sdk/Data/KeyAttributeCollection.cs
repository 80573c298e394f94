namespace Microsoft.Xrm.Sdk;

// The alternate-key values of an Entity or EntityReference (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.keyattributecollection).
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
}
