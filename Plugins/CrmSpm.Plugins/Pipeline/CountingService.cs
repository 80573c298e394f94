using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>Counts one execution's round trips, shared by its user and SYSTEM services.</summary>
public sealed class RoundTripCounter
{
    public int Calls { get; internal set; }
}

/// <summary>
/// Passes every call to the platform's service and counts it, so a step can keep its round trips within budget
/// (docs/performance.md): tip writes beyond the budget wait for the next event or the nightly recompute.
/// </summary>
public sealed class CountingService : IOrganizationService
{
    private readonly IOrganizationService _inner;
    private readonly RoundTripCounter _counter;

    public CountingService(IOrganizationService inner, RoundTripCounter counter)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _counter = counter;
    }

    public Guid Create(Entity entity)
    {
        _counter.Calls++;
        return _inner.Create(entity);
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        _counter.Calls++;
        return _inner.Retrieve(entityName, id, columnSet);
    }

    public void Update(Entity entity)
    {
        _counter.Calls++;
        _inner.Update(entity);
    }

    public void Delete(string entityName, Guid id)
    {
        _counter.Calls++;
        _inner.Delete(entityName, id);
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        _counter.Calls++;
        return _inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        _counter.Calls++;
        _inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        _counter.Calls++;
        _inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        _counter.Calls++;
        return _inner.RetrieveMultiple(query);
    }
}
