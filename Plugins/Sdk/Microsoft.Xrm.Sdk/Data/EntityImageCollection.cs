using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// Contract §1.5: images keyed by the alias given at step registration.
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
