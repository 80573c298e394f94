namespace Microsoft.Xrm.Sdk;

// Sealed, no members of its own (the indexer is on DataCollection<TKey, TValue>) (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.attributecollection).
public sealed class AttributeCollection : DataCollection<string, object>
{
}
