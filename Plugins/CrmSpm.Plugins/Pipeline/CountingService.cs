using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>Counts one execution's round trips, shared by its user and SYSTEM services.</summary>
public sealed class RoundTripCounter
{
    /// <summary>Every call made so far.</summary>
    public int Calls { get; internal set; }

    /// <summary>The calls that read (Retrieve, RetrieveMultiple); the rest write.</summary>
    public int Reads { get; internal set; }

    public int Writes => Calls - Reads;
}

/// <summary>
/// Passes every call to the platform's service and counts it: an event step keeps its round trips within budget
/// (docs/performance.md), tip writes beyond it waiting for the next event or the nightly recompute; the recompute
/// records its calls in its health row and drives its simulated latency by them (<c>RecomputeTiming</c>).
/// </summary>
public sealed class CountingService : IOrganizationService
{
    private readonly IOrganizationService _inner;

    /// <param name="counter">Where the calls are counted; a counter of its own when none is given.</param>
    public CountingService(IOrganizationService inner, RoundTripCounter? counter = null)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        Counter = counter ?? new RoundTripCounter();
    }

    public RoundTripCounter Counter { get; }

    public int Calls => Counter.Calls;

    public int Reads => Counter.Reads;

    public int Writes => Counter.Writes;

    public Guid Create(Entity entity)
    {
        Counter.Calls++;
        return _inner.Create(entity);
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        Counter.Calls++;
        Counter.Reads++;
        return _inner.Retrieve(entityName, id, columnSet);
    }

    public void Update(Entity entity)
    {
        Counter.Calls++;
        _inner.Update(entity);
    }

    public void Delete(string entityName, Guid id)
    {
        Counter.Calls++;
        _inner.Delete(entityName, id);
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Counter.Calls++;
        return _inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Counter.Calls++;
        _inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Counter.Calls++;
        _inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        Counter.Calls++;
        Counter.Reads++;
        return _inner.RetrieveMultiple(query);
    }
}
