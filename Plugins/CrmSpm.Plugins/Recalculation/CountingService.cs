using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The recompute's organization service: passes every call through and counts it, so an execution knows how many
/// round trips it made (its health record, and the simulated latency of <see cref="RecomputeTiming"/>).
/// </summary>
public sealed class CountingService : IOrganizationService
{
    private readonly IOrganizationService _inner;

    public CountingService(IOrganizationService inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <summary>Every call made through this service.</summary>
    public int Calls { get; private set; }

    /// <summary>The calls that read (RetrieveMultiple, Retrieve); the rest write.</summary>
    public int Reads { get; private set; }

    public int Writes => Calls - Reads;

    public Guid Create(Entity entity)
    {
        Calls++;
        return _inner.Create(entity);
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        Calls++;
        Reads++;
        return _inner.Retrieve(entityName, id, columnSet);
    }

    public void Update(Entity entity)
    {
        Calls++;
        _inner.Update(entity);
    }

    public void Delete(string entityName, Guid id)
    {
        Calls++;
        _inner.Delete(entityName, id);
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Calls++;
        return _inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Calls++;
        _inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Calls++;
        _inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        Calls++;
        Reads++;
        return _inner.RetrieveMultiple(query);
    }
}
