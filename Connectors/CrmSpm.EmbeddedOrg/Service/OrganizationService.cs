using System;
using System.ServiceModel;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Messages;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Service;

// IOrganizationService as one user, from the top level or from inside a plugin (scope). Every call holds the
// org's lock, counts as one call, and goes through the pipeline as its Request equivalent.
internal sealed class OrganizationService : IOrganizationService
{
    private readonly OrgRuntime _runtime;
    private readonly MessagePipeline _pipeline;
    private readonly Guid _userId;
    private readonly ExecutionScope? _scope;

    public OrganizationService(OrgRuntime runtime, MessagePipeline pipeline, Guid userId, ExecutionScope? scope)
    {
        _runtime = runtime;
        _pipeline = pipeline;
        _userId = userId;
        _scope = scope;
    }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_runtime.Gate)
        {
            if (_runtime.Interleave is { } interleave && interleave.When(request))
            {
                _runtime.Interleave = null;
                interleave.Run();
            }

            // A service without a scope is a caller outside the org: its call is one top-level operation.
            var topLevel = _scope == null;
            var scope = _scope ?? ExecutionScope.TopLevel(_runtime.Ids.Next());
            if (topLevel)
            {
                _runtime.Counters.BeginOperation();
            }

            _runtime.Counters.AddCall();
            try
            {
                _runtime.Sandbox.ChargeCall();
                if (scope.Transaction is { Doomed: true })
                {
                    throw OrgFaults.NoActiveTransaction();
                }

                return request.RequestName switch
                {
                    MessageNames.ExecuteMultiple => RunBatch(request, scope),
                    MessageNames.ExecuteTransaction => _pipeline.ExecuteTransaction(request, _userId, scope),
                    _ => Run(request, scope),
                };
            }
            finally
            {
                if (topLevel)
                {
                    _runtime.Counters.EndOperation();
                }
            }
        }
    }

    // Its own method: the lambda's closure would otherwise be allocated on every call.
    private OrganizationResponse RunBatch(OrganizationRequest request, ExecutionScope scope) =>
        ExecuteMultipleRunner.Run(request, _runtime.Options.MaxBatchSize, inner => Run(inner, scope));

    // A failed call inside a plugin's transaction ends that transaction (see Transaction.Doomed).
    private OrganizationResponse Run(OrganizationRequest request, ExecutionScope scope)
    {
        try
        {
            return _pipeline.Execute(request, _userId, scope);
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            scope.Transaction?.Doom();
            throw;
        }
    }
}
