using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// Contract §1.5.
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
