using System.Globalization;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Json;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// The emulated org's data: records per object, in insertion order, with ids, SystemModstamp and soft
/// deletes maintained as Salesforce does. Callers lock on <see cref="Sync"/> around compound operations.
/// </summary>
public sealed class EmulatorStore
{
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _records = new(StringComparer.OrdinalIgnoreCase);

    // External-id lookups (upserts) go through an index built on first use, as Salesforce indexes external ids;
    // a scan per upserted record made a 10,000-tip first sync take minutes.
    private readonly Dictionary<(string Type, string Field), Dictionary<string, HashSet<string>>> _indexes = new();
    private readonly TimeProvider _clock;
    private long _nextId = 1;

    public EmulatorStore(TimeProvider clock, EmulatorSchema schema)
    {
        _clock = clock;
        Schema = schema;
    }

    public EmulatorSchema Schema { get; }

    public object Sync { get; } = new();

    /// <summary>Adds a record as test data. Fields given (SystemModstamp included) are kept as they are.</summary>
    public string Seed(string type, JsonObject fields)
    {
        lock (Sync)
        {
            var record = Stamp(type, fields, isNew: true);
            foreach (var field in fields)
            {
                record[Schema.CanonicalField(type, field.Key)] = field.Value?.DeepClone();
            }

            DeriveTaskFields(type, record);
            return Put(type, record);
        }
    }

    public string Insert(string type, JsonObject fields)
    {
        lock (Sync)
        {
            var record = Stamp(type, fields, isNew: true);
            if (IsTask(type))
            {
                record["Status"] ??= "Not Started";
                record["Priority"] ??= "Normal";
            }

            DeriveTaskFields(type, record);
            return Put(type, record);
        }
    }

    public void Update(string type, string id, JsonObject fields)
    {
        lock (Sync)
        {
            var record = Table(type)[id];
            Unindex(type, record);
            foreach (var field in fields)
            {
                if (field.Key is not ("Id" or "attributes"))
                {
                    record[Schema.CanonicalField(type, field.Key)] = field.Value?.DeepClone();
                }
            }

            DeriveTaskFields(type, record);
            Touch(record);
            Index(type, record);
        }
    }

    /// <summary>Soft delete: the row stays visible to queryAll with IsDeleted = true.</summary>
    public bool Delete(string id)
    {
        lock (Sync)
        {
            foreach (var table in _records.Values)
            {
                if (table.TryGetValue(id, out var record) && record["IsDeleted"]?.GetValue<bool>() != true)
                {
                    record["IsDeleted"] = true;
                    Touch(record);
                    return true;
                }
            }

            return false;
        }
    }

    public JsonObject? Find(string type, string id)
    {
        lock (Sync)
        {
            return Table(type).TryGetValue(id, out var record) ? record : null;
        }
    }

    /// <summary>Live (not deleted) records whose field equals the value exactly (external ids are case-sensitive).</summary>
    public IReadOnlyList<JsonObject> FindByField(string type, string field, string value)
    {
        lock (Sync)
        {
            var table = Table(type);
            return IndexFor(type, field).TryGetValue(value, out var ids)
                ? ids.Select(id => table[id]).Where(r => r["IsDeleted"]?.GetValue<bool>() != true).ToList()
                : new List<JsonObject>();
        }
    }

    public IReadOnlyList<JsonObject> All(string type)
    {
        lock (Sync)
        {
            return Table(type).Values.ToList();
        }
    }

    public IReadOnlyList<JsonObject> Live(string type) =>
        All(type).Where(r => r["IsDeleted"]?.GetValue<bool>() != true).ToList();

    private static bool IsTask(string type) => type.Equals("Task", StringComparison.OrdinalIgnoreCase);

    // Salesforce derives IsClosed from Status and stamps CompletedDateTime when a task closes.
    private void DeriveTaskFields(string type, JsonObject record)
    {
        if (!IsTask(type) || record["Status"] is null)
        {
            return;
        }

        var closed = record["Status"]!.ToString() == "Completed";
        record["IsClosed"] = closed;
        if (!closed)
        {
            record["CompletedDateTime"] = null;
        }
        else if (record["CompletedDateTime"] is null)
        {
            record["CompletedDateTime"] = SalesforceDateTime.Format(_clock.GetUtcNow());
        }
    }

    private Dictionary<string, JsonObject> Table(string type)
    {
        var name = Schema.CanonicalName(type);
        if (!_records.TryGetValue(name, out var table))
        {
            table = new Dictionary<string, JsonObject>();
            _records[name] = table;
        }

        return table;
    }

    private JsonObject Stamp(string type, JsonObject fields, bool isNew)
    {
        var now = SalesforceDateTime.Format(_clock.GetUtcNow());
        var record = new JsonObject { ["Id"] = NewId(type) };
        foreach (var (field, value) in new (string, JsonNode)[] { ("IsDeleted", false), ("IsArchived", false), ("CreatedDate", now), ("LastModifiedDate", now), ("SystemModstamp", now) })
        {
            // Only the system fields the object has: User has no IsDeleted, the history objects no LastModifiedDate.
            if (Schema.HasField(type, field))
            {
                record[field] = value.DeepClone();
            }
        }

        if (isNew)
        {
            foreach (var field in fields)
            {
                if (field.Key is not ("Id" or "attributes"))
                {
                    record[Schema.CanonicalField(type, field.Key)] = field.Value?.DeepClone();
                }
            }
        }

        return record;
    }

    private string Put(string type, JsonObject record)
    {
        var id = record["Id"]!.GetValue<string>();
        Table(type)[id] = record;
        Index(type, record);
        return id;
    }

    private Dictionary<string, HashSet<string>> IndexFor(string type, string field)
    {
        var key = (Schema.CanonicalName(type), field);
        if (!_indexes.TryGetValue(key, out var index))
        {
            index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            _indexes[key] = index;
            foreach (var record in Table(type).Values)
            {
                Add(index, record, field);
            }
        }

        return index;
    }

    private void Index(string type, JsonObject record)
    {
        foreach (var ((indexedType, field), index) in _indexes)
        {
            if (indexedType.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                Add(index, record, field);
            }
        }
    }

    private void Unindex(string type, JsonObject record)
    {
        foreach (var ((indexedType, field), index) in _indexes)
        {
            if (indexedType.Equals(type, StringComparison.OrdinalIgnoreCase) && record[field]?.ToString() is { } value
                && index.TryGetValue(value, out var ids))
            {
                ids.Remove(record["Id"]!.ToString());
            }
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> index, JsonObject record, string field)
    {
        if (record[field]?.ToString() is not { } value)
        {
            return;
        }

        if (!index.TryGetValue(value, out var ids))
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            index[value] = ids;
        }

        ids.Add(record["Id"]!.ToString());
    }

    private void Touch(JsonObject record)
    {
        var now = SalesforceDateTime.Format(_clock.GetUtcNow());
        foreach (var field in new[] { "LastModifiedDate", "SystemModstamp" })
        {
            if (record.ContainsKey(field))
            {
                record[field] = now;
            }
        }
    }

    // 18 alphanumeric characters like a real id: key prefix, a counter, and a fixed suffix in place of the checksum.
    private string NewId(string type) =>
        Schema.KeyPrefix(type) + (_nextId++).ToString("D12", CultureInfo.InvariantCulture) + "AAA";
}
