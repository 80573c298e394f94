using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Query;

namespace CrmSpm.Salesforce.Collections;

/// <summary>
/// sObject Collections: create, update, upsert by external id and delete, 200 records per call, with
/// <c>allOrNone=false</c> so that one bad record does not sink its 199 neighbours. Records that fail with a
/// transient item error (UNABLE_TO_LOCK_ROW) are sent again, alone, after a backoff; the others come back
/// in the results, one per input record, in input order.
/// </summary>
public sealed class SObjectCollections
{
    public const int MaxRecordsPerCall = 200;

    private static readonly Regex RecordId = new("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$", RegexOptions.CultureInvariant);

    private readonly SalesforceRestTransport _transport;
    private readonly SalesforceClientOptions _options;
    private readonly TimeProvider _timeProvider;

    internal SObjectCollections(SalesforceRestTransport transport, SalesforceClientOptions options, TimeProvider timeProvider)
    {
        _transport = transport;
        _options = options;
        _timeProvider = timeProvider;
    }

    public Task<IReadOnlyList<RecordResult>> CreateAsync(string sObjectType, IReadOnlyList<JsonObject> records,
        CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, $"{_options.DataPath}/composite/sobjects", sObjectType, records, cancellationToken);

    /// <summary>Updates records by their <c>Id</c> field.</summary>
    public Task<IReadOnlyList<RecordResult>> UpdateAsync(string sObjectType, IReadOnlyList<JsonObject> records,
        CancellationToken cancellationToken)
    {
        if (records.Any(r => r["Id"] is null))
        {
            throw new ArgumentException("Every record to update needs an Id.", nameof(records));
        }

        return WriteAsync(HttpMethod.Patch, $"{_options.DataPath}/composite/sobjects", sObjectType, records, cancellationToken);
    }

    /// <summary>Inserts or updates by an external-id field that every record carries.</summary>
    public Task<IReadOnlyList<RecordResult>> UpsertAsync(string sObjectType, string externalIdField,
        IReadOnlyList<JsonObject> records, CancellationToken cancellationToken)
    {
        if (records.Any(r => r[externalIdField] is null))
        {
            throw new ArgumentException($"Every record to upsert needs a value in {externalIdField}.", nameof(records));
        }

        var path = $"{_options.DataPath}/composite/sobjects/{Soql.Name(sObjectType)}/{Soql.Name(externalIdField)}";
        return WriteAsync(HttpMethod.Patch, path, sObjectType, records, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordResult>> DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var invalid = ids.FirstOrDefault(id => !RecordId.IsMatch(id));
        if (invalid is not null)
        {
            throw new ArgumentException($"'{invalid}' is not a Salesforce record id.", nameof(ids));
        }

        var results = new List<RecordResult>(ids.Count);
        for (var start = 0; start < ids.Count; start += MaxRecordsPerCall)
        {
            var chunk = ids.Skip(start).Take(MaxRecordsPerCall).ToList();
            var path = $"{_options.DataPath}/composite/sobjects?ids={string.Join(",", chunk)}&allOrNone=false";
            results.AddRange(await _transport.SendAsync(SalesforceRequestKind.Write, HttpMethod.Delete, path, null, null,
                response => ParseResults(response, chunk.Count, start), cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<IReadOnlyList<RecordResult>> WriteAsync(HttpMethod method, string path, string sObjectType,
        IReadOnlyList<JsonObject> records, CancellationToken cancellationToken)
    {
        Soql.Name(sObjectType);
        var results = new RecordResult[records.Count];
        var pending = Enumerable.Range(0, records.Count).ToList();

        for (var round = 0; pending.Count > 0; round++)
        {
            if (round > 0)
            {
                await Task.Delay(Backoff(round), _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var retry = new List<int>();
            for (var start = 0; start < pending.Count; start += MaxRecordsPerCall)
            {
                var chunk = pending.Skip(start).Take(MaxRecordsPerCall).ToList();
                var body = new JsonObject
                {
                    ["allOrNone"] = false,
                    ["records"] = new JsonArray(chunk.Select(i => (JsonNode)WithType(records[i], sObjectType)).ToArray()),
                };
                var chunkResults = await _transport.SendAsync(SalesforceRequestKind.Write, method, path, body, null,
                    response => ParseResults(response, chunk.Count, 0), cancellationToken).ConfigureAwait(false);
                for (var k = 0; k < chunk.Count; k++)
                {
                    var index = chunk[k];
                    results[index] = chunkResults[k] with { Index = index };
                    if (round < _options.MaxRecordRetries && chunkResults[k].HasErrorCode(SalesforceErrorCodes.UnableToLockRow))
                    {
                        retry.Add(index);
                    }
                }
            }

            pending = retry;
        }

        return results;
    }

    private TimeSpan Backoff(int round)
    {
        var delay = TimeSpan.FromTicks(_options.RetryBaseDelay.Ticks * (1L << Math.Min(round - 1, 10)));
        return delay < _options.RetryMaxDelay ? delay : _options.RetryMaxDelay;
    }

    private static JsonObject WithType(JsonObject record, string sObjectType)
    {
        var copy = new JsonObject { ["attributes"] = new JsonObject { ["type"] = sObjectType } };
        foreach (var field in record)
        {
            if (field.Key != "attributes")
            {
                copy[field.Key] = field.Value?.DeepClone();
            }
        }

        return copy;
    }

    private static IReadOnlyList<RecordResult> ParseResults(RawResponse response, int expected, int offset)
    {
        var array = JsonNode.Parse(response.Body) as JsonArray;
        if (array is null || array.Count != expected)
        {
            throw new InvalidOperationException(
                $"sObject Collections answered {array?.Count.ToString(CultureInfo.InvariantCulture) ?? "no"} results for {expected} records.");
        }

        return array.Select((item, i) => ParseResult((JsonObject)item!, offset + i)).ToList();
    }

    private static RecordResult ParseResult(JsonObject item, int index)
    {
        var errors = item["errors"] is JsonArray list
            ? list.OfType<JsonObject>().Select(ErrorBodyParser.FromObject).ToList()
            : new List<SalesforceError>();
        var created = item["created"] is JsonValue flag && flag.TryGetValue<bool>(out var value) ? value : (bool?)null;
        return new RecordResult(index, item["id"]?.GetValue<string>(), item["success"]?.GetValue<bool>() == true, created, errors);
    }
}
