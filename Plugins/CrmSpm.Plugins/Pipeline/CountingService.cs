using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>Calls per message and table ("RetrieveMultiple task"), to tell where an execution's calls go.</summary>
    public Dictionary<string, int> ByKind { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The calls by kind, most first: "RetrieveMultiple task=120, Update opportunity=80".</summary>
    public string Breakdown() =>
        string.Join(", ", ByKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key + "=" + k.Value));

    internal void Add(string message, string? table, bool read)
    {
        Calls++;
        Reads += read ? 1 : 0;
        var key = message + " " + (table ?? "?");
        ByKind[key] = ByKind.TryGetValue(key, out var n) ? n + 1 : 1;
    }
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
        Counter.Add("Create", entity?.LogicalName, read: false);
        return _inner.Create(entity);
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        Counter.Add("Retrieve", entityName, read: true);
        return _inner.Retrieve(entityName, id, columnSet);
    }

    public void Update(Entity entity)
    {
        Counter.Add("Update", entity?.LogicalName, read: false);
        _inner.Update(entity);
    }

    public void Delete(string entityName, Guid id)
    {
        Counter.Add("Delete", entityName, read: false);
        _inner.Delete(entityName, id);
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Counter.Add(request?.RequestName ?? "Execute", TargetTable(request), read: false);
        return _inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Counter.Add("Associate", entityName, read: false);
        _inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Counter.Add("Disassociate", entityName, read: false);
        _inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        Counter.Add("RetrieveMultiple", (query as QueryExpression)?.EntityName ?? (query as QueryByAttribute)?.EntityName, read: true);
        return _inner.RetrieveMultiple(query);
    }

    private static string? TargetTable(OrganizationRequest? request) =>
        request != null && request.Parameters.TryGetValue("Target", out var target)
            ? (target as Entity)?.LogicalName ?? (target as EntityReference)?.LogicalName
            : null;
}
