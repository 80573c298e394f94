using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Fakes;

/// <summary>
/// The unit tier's organization service: answers RetrieveMultiple with the rows a test queued per table and records
/// every write, so a test asserts exactly what a plugin wrote and how many round trips it made.
/// </summary>
public sealed class RecordingOrganizationService : IOrganizationService
{
    private readonly Dictionary<string, Queue<Entity[]>> _answers = new();
    private readonly Dictionary<string, Queue<Exception>> _failures = new();

    public List<string> Calls { get; } = new();
    public List<Entity> Updates { get; } = new();
    public List<Entity> Creates { get; } = new();
    public List<OrganizationRequest> Executes { get; } = new();
    public List<QueryExpression> Queries { get; } = new();

    /// <summary>The next RetrieveMultiple on <paramref name="table"/> returns <paramref name="rows"/>; unqueued tables return nothing.</summary>
    public RecordingOrganizationService Answer(string table, params Entity[] rows)
    {
        if (!_answers.TryGetValue(table, out var queue))
        {
            _answers[table] = queue = new Queue<Entity[]>();
        }

        queue.Enqueue(rows);
        return this;
    }

    /// <summary>The next call named <paramref name="call"/> ("Update crmspm_modelstate") is recorded, then throws <paramref name="exception"/>.</summary>
    public RecordingOrganizationService FailNext(string call, Exception exception)
    {
        if (!_failures.TryGetValue(call, out var queue))
        {
            _failures[call] = queue = new Queue<Exception>();
        }

        queue.Enqueue(exception);
        return this;
    }

    public Guid Create(Entity entity)
    {
        Record("Create " + entity.LogicalName);
        Creates.Add(entity);
        return entity.Id == Guid.Empty ? Guid.NewGuid() : entity.Id;
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        throw new NotSupportedException("Plugins read with RetrieveMultiple so a missing row is not a fault.");

    public void Update(Entity entity)
    {
        Updates.Add(entity);
        Record("Update " + entity.LogicalName);
    }

    public void Delete(string entityName, Guid id) => Calls.Add("Delete " + entityName);

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Executes.Add(request);
        Record(request.RequestName + " " + ((request.Parameters.TryGetValue("Target", out var target) ? target as Entity : null)?.LogicalName ?? ""));
        return new OrganizationResponse();
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Calls.Add("Associate " + entityName);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Calls.Add("Disassociate " + entityName);

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var expression = (QueryExpression)query;
        Queries.Add(expression);
        Record("RetrieveMultiple " + expression.EntityName);
        var rows = _answers.TryGetValue(expression.EntityName, out var queue) && queue.Count > 0 ? queue.Dequeue() : Array.Empty<Entity>();
        return new EntityCollection(rows.ToList());
    }

    private void Record(string call)
    {
        Calls.Add(call);
        if (_failures.TryGetValue(call, out var queue) && queue.Count > 0)
        {
            throw queue.Dequeue();
        }
    }
}
