using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// A page of query results with its paging fields (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitycollection).
public sealed class EntityCollection
{
    private DataCollection<Entity> _entities;

    public EntityCollection()
    {
    }

    public EntityCollection(IList<Entity> list)
    {
        _entities = new DataCollection<Entity>(list);
    }

    public DataCollection<Entity> Entities
    {
        get => _entities ??= new DataCollection<Entity>();
        private set => _entities = value;
    }

    public bool MoreRecords { get; set; }

    public string PagingCookie { get; set; }

    public string MinActiveRowVersion { get; set; }

    public int TotalRecordCount { get; set; }

    public bool TotalRecordCountLimitExceeded { get; set; }

    public string EntityName { get; set; }

    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }
}
