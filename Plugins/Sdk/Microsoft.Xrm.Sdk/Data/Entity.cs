using System;
using System.ComponentModel;

namespace Microsoft.Xrm.Sdk;

// Not sealed (early-bound classes derive from it) (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity).
public class Entity
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
        : this((string)null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        KeyAttributes = keyAttributes;
    }

    public string LogicalName { get; set; }

    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        internal set => _formattedValues = value;
    }

    public string RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    public EntityReference ToEntityReference()
    {
        return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
    }

    // As the official GetAttributeValue (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue): a missing or null attribute gives default(T); a wrong T throws InvalidCastException.
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (attributeLogicalName == null)
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
        {
            return default;
        }

        return (T)value;
    }

    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        if (attributeKey == null || !Attributes.TryGetValue(attributeKey, out var value) || value == null)
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        try
        {
            result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
            return true;
        }
        catch (Exception)
        {
            // Documented: conversion failures are reported as false, not thrown.
            return false;
        }
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        Attributes[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        return FormattedValues.TryGetValue(attributeLogicalName, out var formatted) ? formatted : null;
    }
}
