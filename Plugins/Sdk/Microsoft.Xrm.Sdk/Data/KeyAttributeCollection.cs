namespace Microsoft.Xrm.Sdk;

// Contract §1.5: the alternate-key values of an Entity or EntityReference.
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
}
