namespace Microsoft.Xrm.Sdk;

// Contract §1.5: sealed, no members of its own (the indexer is on DataCollection<TKey, TValue>).
public sealed class AttributeCollection : DataCollection<string, object>
{
}
