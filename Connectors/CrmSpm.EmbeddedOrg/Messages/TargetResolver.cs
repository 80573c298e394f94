using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Query;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// Finds the row a Target means: by Id, by the primary key column, or by alternate key (KeyAttributes).
internal static class TargetResolver
{
    public static Entity RequireEntity(MessageExecution execution, string key = ParameterNames.Target)
    {
        var target = execution.Input<Entity>(key) ?? throw OrgFaults.InvalidArgument($"Required field '{key}' is missing.");
        if (string.IsNullOrWhiteSpace(target.LogicalName))
        {
            throw OrgFaults.InvalidArgument($"The {key} entity has no LogicalName.");
        }

        return target;
    }

    public static EntityReference RequireReference(MessageExecution execution, string key = ParameterNames.Target)
    {
        var target = execution.Input<EntityReference>(key) ?? throw OrgFaults.InvalidArgument($"Required field '{key}' is missing.");
        if (string.IsNullOrWhiteSpace(target.LogicalName))
        {
            throw OrgFaults.InvalidArgument($"The {key} reference has no LogicalName.");
        }

        return target;
    }

    // Guid.Empty when the entity names no row (a Create without an id).
    /// <summary>Sets the execution's primary table and id from a referenced target, refusing an unknown table.</summary>
    public static void DescribeReference(MessageExecution execution, string key = ParameterNames.Target)
    {
        var target = RequireReference(execution, key);
        execution.Runtime.Catalog.Require(target.LogicalName);
        execution.PrimaryEntityName = target.LogicalName;
        execution.PrimaryEntityId = IdOf(execution.Runtime.Store, target);
    }

    public static Guid IdOf(DataStore store, Entity target)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        var primaryId = store.Catalog.PrimaryIdColumn(target.LogicalName);
        if (target.Attributes.TryGetValue(primaryId, out var value) && value is Guid id && id != Guid.Empty)
        {
            return id;
        }

        return target.KeyAttributes.Count > 0 ? RequireByKey(store, target.LogicalName, target.KeyAttributes) : Guid.Empty;
    }

    public static Guid IdOf(DataStore store, EntityReference target)
    {
        if (target.Id != Guid.Empty || target.KeyAttributes.Count == 0)
        {
            return target.Id;
        }

        return RequireByKey(store, target.LogicalName, target.KeyAttributes);
    }

    public static Row RequireRow(DataStore store, string table, Guid id) =>
        store.Find(table, id) ?? throw OrgFaults.DoesNotExist(table, id);

    public static Row? FindByKey(DataStore store, string table, IEnumerable<KeyValuePair<string, object>> keys)
    {
        var pairs = keys.ToList();
        var rows = store.FindTable(table);
        if (rows == null || pairs.Count == 0)
        {
            return null;
        }

        IEnumerable<Row> candidates = rows.Rows;
        foreach (var pair in pairs)
        {
            if (ValueComparer.Normalize(pair.Value) is Guid id && rows.Lookup(pair.Key, id) is { } ids)
            {
                candidates = ids.Select(rows.Find).Where(r => r != null).Select(r => r!);
                break;
            }
        }

        return candidates.FirstOrDefault(row => pairs.All(pair => ValueComparer.AreEqual(row.Get(pair.Key), pair.Value)));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record: the key must be defined, and a row must hold its values.
    public static void EnsureDefinedKey(DataStore store, string table, KeyAttributeCollection keys)
    {
        if (!store.Catalog.IsAlternateKey(table, keys.Keys))
        {
            throw OrgFaults.UndefinedKey(table);
        }
    }

    private static Guid RequireByKey(DataStore store, string table, KeyAttributeCollection keys)
    {
        EnsureDefinedKey(store, table, keys);
        return FindByKey(store, table, keys)?.Id ?? throw OrgFaults.KeyDoesNotExist(table);
    }
}
