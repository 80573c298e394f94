using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// The close job's writer of the deal: an update that carries the row version it was read at is sent with
/// <c>IfRowVersionMatches</c> (<see cref="OptimisticWrite"/>), so the deal's own write claims the close: a second job for
/// the same close, or an edit in between, makes it fail and the job read again. Everything else passes through.
/// </summary>
public sealed class VersionedDealWriter : IOrganizationService
{
    private readonly IOrganizationService _inner;

    public VersionedDealWriter(IOrganizationService inner)
    {
        _inner = inner;
    }

    public void Update(Entity entity)
    {
        if (string.IsNullOrEmpty(entity.RowVersion))
        {
            _inner.Update(entity);
        }
        else
        {
            OptimisticWrite.Update(_inner, entity);
        }
    }

    public Guid Create(Entity entity) => _inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => _inner.Retrieve(entityName, id, columnSet);

    public void Delete(string entityName, Guid id) => _inner.Delete(entityName, id);

    public OrganizationResponse Execute(OrganizationRequest request) => _inner.Execute(request);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        _inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        _inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => _inner.RetrieveMultiple(query);
}
