using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Emulator.Soql;
using Microsoft.AspNetCore.Http;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// <c>query</c>, <c>queryAll</c> and their <c>nextRecordsUrl</c> continuations. Results are cut into pages of
/// <c>Sforce-Query-Options: batchSize</c> (clamped to 200–2,000, and to the emulator's own maximum).
/// </summary>
internal sealed class QueryHandler
{
    private readonly EmulatorStore _store;
    private readonly EmulatorOptions _options;
    private readonly EmulatorStats _stats;
    // A cursor keeps the matching rows; each page is projected when it is fetched, so a large result costs
    // memory and time page by page, as on the server.
    private readonly ConcurrentDictionary<string, (List<JsonObject> Rows, SoqlQueryPlan Plan, int PageSize)> _cursors = new();
    private int _nextCursor;

    public QueryHandler(EmulatorStore store, EmulatorOptions options, EmulatorStats stats)
    {
        _store = store;
        _options = options;
        _stats = stats;
    }

    public async Task QueryAsync(HttpContext context, string version, bool includeDeleted)
    {
        _stats.CountQuery();
        var soql = context.Request.Query["q"].ToString();
        lock (_stats.ReceivedQueries)
        {
            _stats.ReceivedQueries.Add(soql);
        }

        SoqlQueryPlan plan;
        try
        {
            plan = SoqlParser.Parse(soql, _store.Schema);
        }
        catch (SoqlException exception)
        {
            await Wire.WriteErrorAsync(context, 400, exception.ErrorCode, exception.Message);
            return;
        }

        var rows = Select(plan, includeDeleted);
        var cursor = $"01gEMU{Interlocked.Increment(ref _nextCursor):D6}";
        _cursors[cursor] = (rows, plan, PageSize(context));
        await WritePageAsync(context, version, cursor, 0);
    }

    public async Task MoreAsync(HttpContext context, string version, string locator)
    {
        _stats.CountQuery();
        var dash = locator.LastIndexOf('-');
        if (dash < 0 || !_cursors.ContainsKey(locator[..dash]) || !int.TryParse(locator[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            await Wire.WriteErrorAsync(context, 400, "INVALID_QUERY_LOCATOR", "invalid query locator");
            return;
        }

        await WritePageAsync(context, version, locator[..dash], offset);
    }

    private List<JsonObject> Select(SoqlQueryPlan plan, bool includeDeleted)
    {
        IEnumerable<JsonObject> rows = _store.All(plan.Type)
            .Where(r => includeDeleted || (r["IsDeleted"]?.GetValue<bool>() != true && r["IsArchived"]?.GetValue<bool>() != true))
            .Where(plan.Filter);
        if (plan.OrderBy.Count > 0)
        {
            rows = rows.Order(Comparer<JsonObject>.Create((a, b) =>
            {
                foreach (var (field, descending) in plan.OrderBy)
                {
                    var c = SoqlValues.CompareStored(a[field], b[field]);
                    if (c != 0)
                    {
                        return descending ? -c : c;
                    }
                }

                return 0;
            }));
        }

        if (plan.Limit is { } limit)
        {
            rows = rows.Take(limit);
        }

        return rows.ToList();
    }

    private static JsonObject Project(JsonObject row, SoqlQueryPlan plan, string version)
    {
        var id = row["Id"]!.ToString();
        var record = new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = plan.Type, ["url"] = $"/services/data/{version}/sobjects/{plan.Type}/{id}" },
        };
        foreach (var field in plan.Fields)
        {
            record[field] = row[field]?.DeepClone();
        }

        return record;
    }

    private int PageSize(HttpContext context)
    {
        var requested = 2000;
        var header = context.Request.Headers["Sforce-Query-Options"].ToString();
        if (header.StartsWith("batchSize=", StringComparison.OrdinalIgnoreCase) && int.TryParse(header["batchSize=".Length..], out var size))
        {
            requested = Math.Clamp(size, 200, 2000);
        }

        return Math.Min(requested, _options.MaxPageSize);
    }

    private Task WritePageAsync(HttpContext context, string version, string cursor, int offset)
    {
        var (rows, plan, pageSize) = _cursors[cursor];
        JsonNode[] page;
        lock (_store.Sync)
        {
            page = rows.Skip(offset).Take(pageSize).Select(r => (JsonNode)Project(r, plan, version)).ToArray();
        }

        var done = offset + page.Length >= rows.Count;
        var body = new JsonObject { ["totalSize"] = rows.Count, ["done"] = done };
        if (!done)
        {
            body["nextRecordsUrl"] = $"/services/data/{version}/query/{cursor}-{offset + page.Length}";
        }
        else
        {
            _cursors.TryRemove(cursor, out _);
        }

        body["records"] = new JsonArray(page);
        return Wire.WriteJsonAsync(context, 200, body);
    }
}
