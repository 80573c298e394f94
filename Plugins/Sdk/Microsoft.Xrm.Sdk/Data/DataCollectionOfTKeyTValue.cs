using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// The indexer is declared here (virtual) and not on the derived collections: binding is by declaring type (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-2).
// Keys use the default (case-sensitive) comparer, like the official Dictionary-backed collection.
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
{
    private const string ReadOnlyMessage = "The collection is read-only.";
    private readonly IDictionary<TKey, TValue> _inner;

    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _inner = collection ?? throw new ArgumentNullException(nameof(collection));
    }

    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    public virtual bool IsReadOnly { get; internal set; }

    public int Count => _inner.Count;

    public ICollection<TKey> Keys => _inner.Keys;

    public ICollection<TValue> Values => _inner.Values;

    // A missing key throws KeyNotFoundException (as the official indexer does); set adds or replaces.
    public virtual TValue this[TKey key]
    {
        get => _inner[key];
        set
        {
            ThrowIfReadOnly();
            _inner[key] = value;
        }
    }

    public void Add(KeyValuePair<TKey, TValue> item)
    {
        Add(item.Key, item.Value);
    }

    public void AddRange(params KeyValuePair<TKey, TValue>[] items)
    {
        AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
    }

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void Add(TKey key, TValue value)
    {
        ThrowIfReadOnly();
        _inner.Add(key, value);
    }

    public void Clear()
    {
        ThrowIfReadOnly();
        _inner.Clear();
    }

    public bool Contains(TKey key) => _inner.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => _inner.Contains(key);

    public bool TryGetValue(TKey key, out TValue value) => _inner.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _inner.CopyTo(array, arrayIndex);

    public bool ContainsKey(TKey key) => _inner.ContainsKey(key);

    public bool Remove(TKey key)
    {
        ThrowIfReadOnly();
        return _inner.Remove(key);
    }

    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        ThrowIfReadOnly();
        return _inner.Remove(item);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException(ReadOnlyMessage);
        }
    }
}
