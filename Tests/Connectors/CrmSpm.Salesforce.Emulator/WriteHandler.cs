using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// sObject Collections create/update/upsert/delete and the single-record upsert by external id, with the
/// status codes and per-item results Salesforce gives (items use <c>statusCode</c>, not <c>errorCode</c>):
/// https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-sobjects-collections-upsert.html
/// </summary>
internal sealed class WriteHandler
{
    private const int MaxRecords = 200;

    private readonly EmulatorStore _store;
    private readonly EmulatorStats _stats;
    private readonly FaultPlan _faults;

    public WriteHandler(EmulatorStore store, EmulatorStats stats, FaultPlan faults)
    {
        _store = store;
        _stats = stats;
        _faults = faults;
    }

    /// <summary>POST (create) or PATCH (update) /composite/sobjects, PATCH /composite/sobjects/{type}/{field} (upsert).</summary>
    public async Task CollectionAsync(HttpContext context, string? upsertType, string? upsertField)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        if (body?["records"] is not JsonArray records)
        {
            await Wire.WriteErrorAsync(context, 400, "JSON_PARSER_ERROR", "The request body must contain a records array.");
            return;
        }

        if (records.Count > MaxRecords)
        {
            await Wire.WriteErrorAsync(context, 400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
            return;
        }

        if (upsertType is not null && (!_store.Schema.IsKnownObject(upsertType) || !_store.Schema.HasField(upsertType, upsertField!)))
        {
            await Wire.WriteErrorAsync(context, 404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {upsertField}");
            return;
        }

        var locked = _faults.TakeLockedRecords();
        var results = new JsonArray();
        lock (_store.Sync)
        {
            for (var i = 0; i < records.Count; i++)
            {
                var record = (JsonObject)records[i]!;
                results.Add(i < locked
                    ? Failed(record, Wire.ItemError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records"))
                    : WriteOne(context.Request.Method, record, upsertField));
            }
        }

        await Committed(context, 200, results);
    }

    public async Task DeleteAsync(HttpContext context)
    {
        var ids = context.Request.Query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > MaxRecords)
        {
            await Wire.WriteErrorAsync(context, 400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
            return;
        }

        var results = new JsonArray(ids.Select(id => (JsonNode)(_store.Delete(id)
            ? Success(id, null)
            : new JsonObject { ["id"] = id, ["success"] = false, ["errors"] = new JsonArray(Wire.ItemError("ENTITY_IS_DELETED", "entity is deleted")) })).ToArray());
        await Committed(context, 200, results);
    }

    /// <summary>PATCH /sobjects/{type}/{field}/{value}: 201 created, 200 updated, 300 several matches.</summary>
    public async Task UpsertOneAsync(HttpContext context, string version, string type, string field, string value)
    {
        if (!_store.Schema.IsKnownObject(type) || !_store.Schema.HasField(type, field))
        {
            await Wire.WriteErrorAsync(context, 404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {field}");
            return;
        }

        var fields = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? new JsonObject();
        type = _store.Schema.CanonicalName(type);
        field = _store.Schema.CanonicalField(type, field);
        fields[field] = value;
        var unknown = fields.Select(f => f.Key).FirstOrDefault(f => f != "attributes" && !_store.Schema.HasField(type, f));
        if (unknown is not null)
        {
            await Wire.WriteErrorAsync(context, 400, "INVALID_FIELD", $"No such column '{unknown}' on sobject of type {type}");
            return;
        }

        IReadOnlyList<JsonObject> matches;
        string id;
        bool created;
        lock (_store.Sync)
        {
            matches = _store.FindByField(type, field, value);
            created = matches.Count == 0;
            id = created ? _store.Insert(type, fields) : matches[0]["Id"]!.ToString();
            if (matches.Count == 1)
            {
                _store.Update(type, id, fields);
            }
        }

        if (matches.Count > 1)
        {
            await Wire.WriteJsonAsync(context, 300, new JsonArray(matches.Select(m => (JsonNode)JsonValue.Create($"/services/data/{version}/sobjects/{type}/{m["Id"]}")!).ToArray()));
            return;
        }

        await Committed(context, created ? 201 : 200, new JsonObject { ["id"] = id, ["success"] = true, ["errors"] = new JsonArray(), ["created"] = created });
    }

    private JsonObject WriteOne(string method, JsonObject record, string? upsertField)
    {
        var type = record["attributes"]?["type"]?.ToString();
        if (type is null || !_store.Schema.IsKnownObject(type))
        {
            return Failed(record, Wire.ItemError("INVALID_TYPE", "sObject type is missing or not supported"));
        }

        type = _store.Schema.CanonicalName(type);
        var unknown = record.Select(f => f.Key).FirstOrDefault(f => f != "attributes" && !_store.Schema.HasField(type, f));
        if (unknown is not null)
        {
            return Failed(record, Wire.ItemError("INVALID_FIELD", $"No such column '{unknown}' on sobject of type {type}", unknown));
        }

        if (_faults.RejectRecord?.Invoke(type, record) is { } rejection)
        {
            return Failed(record, Wire.ItemError(rejection.Code, rejection.Message));
        }

        if (upsertField is not null)
        {
            return Upsert(type, record, upsertField);
        }

        var id = record["Id"]?.ToString();
        if (method == HttpMethods.Post)
        {
            return id is not null
                ? Failed(record, Wire.ItemError("INVALID_FIELD", "The Id field should not be specified in the sobject data.", "Id"))
                : Success(_store.Insert(type, record), null);
        }

        // Update answers of sObject Collections (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm):
        // the failed item keeps its id, and its errors carry statusCode, message and fields.
        if (id is null)
        {
            return Failed(record, Wire.ItemError("MISSING_ARGUMENT", "Id not specified in an update call"));
        }

        if ((id.Length != 15 && id.Length != 18) || !id.StartsWith(_store.Schema.KeyPrefix(type), StringComparison.Ordinal))
        {
            return Failed(record, Wire.ItemError("MALFORMED_ID", $"{type} ID: id value of incorrect type: {id}", "Id"));
        }

        if (_store.Find(type, id) is not { } existing || existing["IsDeleted"]?.GetValue<bool>() == true)
        {
            return Failed(record, Wire.ItemError("ENTITY_IS_DELETED", "entity is deleted"));
        }

        _store.Update(type, id, record);
        return Success(id, null);
    }

    private JsonObject Upsert(string type, JsonObject record, string upsertField)
    {
        var field = _store.Schema.CanonicalField(type, upsertField);
        var key = record[field]?.ToString();
        if (key is null)
        {
            return Failed(record, Wire.ItemError("MISSING_ARGUMENT", $"{field} not specified", field));
        }

        var matches = _store.FindByField(type, field, key);
        if (matches.Count > 1)
        {
            return Failed(record, Wire.ItemError("DUPLICATE_EXTERNAL_ID", $"{field}: more than one record found for external id field", field));
        }

        if (matches.Count == 0)
        {
            return Success(_store.Insert(type, record), created: true);
        }

        var id = matches[0]["Id"]!.ToString();
        _store.Update(type, id, record);
        return Success(id, created: false);
    }

    private static JsonObject Success(string id, bool? created)
    {
        var result = new JsonObject { ["id"] = id, ["success"] = true, ["errors"] = new JsonArray() };
        if (created is not null)
        {
            result["created"] = created;
        }

        return result;
    }

    private static JsonObject Failed(JsonObject record, JsonObject error)
    {
        var result = new JsonObject();
        if (record["Id"] is { } id)
        {
            result["id"] = id.DeepClone();
        }

        result["success"] = false;
        result["errors"] = new JsonArray(error);
        return result;
    }

    private async Task Committed(HttpContext context, int status, JsonNode body)
    {
        var number = _stats.CountWrite();
        _faults.AfterWriteCommitted?.Invoke(number);
        await Wire.WriteJsonAsync(context, status, body);
    }
}
