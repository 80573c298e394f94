using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// Images keyed by the alias given at step registration (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityimagecollection).
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
