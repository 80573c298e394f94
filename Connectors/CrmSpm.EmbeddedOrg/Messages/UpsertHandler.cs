using System;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Upsert (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record): look the row up by Target.Id if set, else by KeyAttributes. Found → Update without the key
// columns, RecordCreated=false; not found → Create with the key values as columns, RecordCreated=true.
// The Create or Update runs through the pipeline, so its steps fire too.
internal sealed class UpsertHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        var target = TargetResolver.RequireEntity(execution);
        execution.Runtime.Catalog.Require(target.LogicalName);
        execution.PrimaryEntityName = target.LogicalName;
        execution.PrimaryEntityId = ExistingId(execution, target);
    }

    public void Execute(MessageExecution execution)
    {
        var target = TargetResolver.RequireEntity(execution);
        var table = target.LogicalName;
        var existingId = ExistingId(execution, target);
        var exists = existingId != Guid.Empty && execution.Runtime.Store.Find(table, existingId) != null;

        var copy = ValueCloner.CloneEntity(target);
        copy.KeyAttributes = new KeyAttributeCollection();
        Guid id;
        if (exists)
        {
            copy.Id = existingId;
            foreach (var key in target.KeyAttributes)
            {
                copy.Attributes.Remove(key.Key);
            }

            execution.RunInternal(new UpdateRequest { Target = copy });
            id = existingId;
        }
        else
        {
            copy.Id = target.Id;
            foreach (var key in target.KeyAttributes)
            {
                if (!copy.Attributes.Contains(key.Key))
                {
                    copy.Attributes[key.Key] = ValueCloner.Clone(key.Value);
                }
            }

            id = ((CreateResponse)execution.RunInternal(new CreateRequest { Target = copy })).id;
        }

        execution.PrimaryEntityId = id;
        execution.OutputParameters[ParameterNames.RecordCreated] = !exists;
        execution.OutputParameters[ParameterNames.Target] = new EntityReference(table, id);
    }

    public OrganizationResponse NewResponse() => new UpsertResponse();

    private static Guid ExistingId(MessageExecution execution, Entity target)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        if (target.KeyAttributes.Count == 0)
        {
            return Guid.Empty;
        }

        TargetResolver.EnsureDefinedKey(execution.Runtime.Store, target.LogicalName, target.KeyAttributes);
        return TargetResolver.FindByKey(execution.Runtime.Store, target.LogicalName, target.KeyAttributes)?.Id ?? Guid.Empty;
    }
}
