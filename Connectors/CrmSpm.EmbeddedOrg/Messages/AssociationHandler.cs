using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Associate / Disassociate of a many-to-many relationship: one intersect row per pair, in a table named after the
// relationship's schema name with the two ids as "{table}id" columns ("{table}idone"/"{table}idtwo" for a
// self-relationship). One-to-many relationships are set by updating the lookup column instead.
internal sealed class AssociationHandler : IMessageHandler
{
    private readonly bool _associate;

    public AssociationHandler(bool associate)
    {
        _associate = associate;
    }

    public void Describe(MessageExecution execution)
    {
        TargetResolver.DescribeReference(execution);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var relationship = execution.Input<Relationship>(ParameterNames.Relationship);
        if (string.IsNullOrWhiteSpace(relationship?.SchemaName))
        {
            throw OrgFaults.InvalidArgument("Required field 'Relationship' is missing.");
        }

        runtime.Catalog.Require(relationship.SchemaName);
        var related = execution.Input<EntityReferenceCollection>(ParameterNames.RelatedEntities) ?? new EntityReferenceCollection();
        var targetRow = TargetResolver.RequireRow(runtime.Store, execution.PrimaryEntityName, execution.PrimaryEntityId);
        runtime.Access.Ensure(execution.UserId, _associate ? Security.Privilege.Append : Security.Privilege.Write, execution.PrimaryEntityName, targetRow.Values);

        foreach (var reference in related)
        {
            var relatedId = TargetResolver.IdOf(runtime.Store, reference);
            TargetResolver.RequireRow(runtime.Store, reference.LogicalName, relatedId);
            var (fromColumn, toColumn) = Columns(execution.PrimaryEntityName, reference.LogicalName);
            var pair = new List<KeyValuePair<string, object>>
            {
                new(fromColumn, execution.PrimaryEntityId),
                new(toColumn, relatedId),
            };
            var existing = TargetResolver.FindByKey(runtime.Store, relationship.SchemaName, pair);
            if (_associate)
            {
                if (existing != null)
                {
                    throw OrgFaults.Create(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
                }

                var values = pair.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                runtime.Store.Insert(relationship.SchemaName, runtime.Ids.Next(), values, execution.Transaction?.Undo);
                runtime.Counters.AddRowsWritten(1);
            }
            else if (existing != null)
            {
                runtime.Store.Delete(existing, relationship.SchemaName, execution.Transaction?.Undo);
                runtime.Counters.AddRowsWritten(1);
            }
        }
    }

    public OrganizationResponse NewResponse() => _associate ? new AssociateResponse() : new DisassociateResponse();

    private static (string From, string To) Columns(string fromTable, string toTable) =>
        fromTable == toTable ? (fromTable + "idone", toTable + "idtwo") : (fromTable + "id", toTable + "id");
}
