using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// An organization service that answers queries from memory and swallows writes, counting round trips and rows:
/// isolates a step's compute from any org, and gives the naive step's round trips without an org.
/// </summary>
public sealed class ReplayService : IOrganizationService
{
    private readonly Func<QueryExpression, IReadOnlyList<Entity>> _answer;

    public ReplayService(Func<QueryExpression, IReadOnlyList<Entity>> answer)
    {
        _answer = answer;
    }

    public long Calls { get; private set; }
    public long RowsRead { get; private set; }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        Calls++;
        var rows = _answer((QueryExpression)query);
        RowsRead += rows.Count;
        return new EntityCollection(rows.ToList());
    }

    public Guid Create(Entity entity) { Calls++; return Guid.NewGuid(); }
    public void Update(Entity entity) => Calls++;
    public OrganizationResponse Execute(OrganizationRequest request) { Calls++; return new OrganizationResponse(); }
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();
    public void Delete(string entityName, Guid id) => throw new NotSupportedException();
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();

    public void Reset()
    {
        Calls = 0;
        RowsRead = 0;
    }
}

/// <summary>A tracer that drops its lines (the benchmark measures compute, not string formatting of traces).</summary>
public sealed class SilentTracing : ITracingService
{
    public void Trace(string format, params object[] args)
    {
    }
}
