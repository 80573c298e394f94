using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Store;

// Copies attribute values in and out of the store, so a caller mutating an Entity (or a Money/EntityReference inside
// it) after Create, or after a Retrieve, never changes the stored row. Like Dataverse, which serializes every call.
internal static class ValueCloner
{
    public static object? Clone(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string or Guid or bool or int or long or decimal or double or float or DateTime or byte[]:
                return value;
            case EntityReference reference:
                return new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
            case OptionSetValue option:
                return new OptionSetValue(option.Value);
            case Money money:
                return new Money(money.Value);
            case OptionSetValueCollection options:
                return new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList());
            case EntityCollection collection:
                return new EntityCollection(collection.Entities.Select(CloneEntity).ToList()) { EntityName = collection.EntityName };
            case Entity entity:
                return CloneEntity(entity);
            case AliasedValue aliased:
                return new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Clone(aliased.Value));
            default:
                return value;
        }
    }

    public static Entity CloneEntity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion, EntityState = source.EntityState };
        foreach (var pair in source.Attributes)
        {
            copy.Attributes[pair.Key] = Clone(pair.Value);
        }

        foreach (var pair in source.KeyAttributes)
        {
            copy.KeyAttributes[pair.Key] = Clone(pair.Value);
        }

        foreach (var pair in source.FormattedValues)
        {
            copy.FormattedValues[pair.Key] = pair.Value;
        }

        return copy;
    }
}
