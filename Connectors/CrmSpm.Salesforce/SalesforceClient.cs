using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using System.Linq;
using CrmSpm.Salesforce.Collections;
using CrmSpm.Salesforce.Describe;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Query;

namespace CrmSpm.Salesforce;

/// <summary>
/// The Salesforce REST client: queries that follow every page, sObject Collections, single upserts by
/// external id, and the API-call counter. Build one with <see cref="SalesforceClientFactory"/>.
/// </summary>
public sealed class SalesforceClient
{
    private const string QueryOptionsHeader = "Sforce-Query-Options";

    private readonly SalesforceRestTransport _transport;
    private readonly SalesforceClientOptions _options;

    internal SalesforceClient(SalesforceRestTransport transport, SalesforceClientOptions options, TimeProvider timeProvider)
    {
        _transport = transport;
        _options = options;
        Collections = new SObjectCollections(transport, options, timeProvider);
    }

    public SObjectCollections Collections { get; }

    public ApiCallCounter Calls => _transport.Counter;

    /// <summary>Runs a query and yields its pages until <c>done</c>; <c>queryAll</c> also returns deleted and archived rows.</summary>
    public async IAsyncEnumerable<QueryPage> QueryPagesAsync(string soql, bool includeDeletedAndArchived,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resource = includeDeletedAndArchived ? "queryAll" : "query";
        var headers = new Dictionary<string, string> { [QueryOptionsHeader] = $"batchSize={_options.QueryBatchSize}" };
        string? next = $"{_options.DataPath}/{resource}?q={Uri.EscapeDataString(soql)}";
        while (next is not null)
        {
            var page = await _transport.SendAsync(SalesforceRequestKind.Query, HttpMethod.Get, next, null, headers,
                response => QueryPage.Parse(response.Body), cancellationToken).ConfigureAwait(false);
            yield return page;
            next = page.NextRecordsUrl;
        }
    }

    public async IAsyncEnumerable<SObjectRecord> QueryAsync(string soql, bool includeDeletedAndArchived,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in QueryPagesAsync(soql, includeDeletedAndArchived, cancellationToken).ConfigureAwait(false))
        {
            foreach (var record in page.Records)
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Describes the objects in composite calls of up to 25 describes each (one API call per 25 objects,
    /// https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-composite-post.html).
    /// An object the org lacks, or the user cannot see, maps to null.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ObjectDescribe?>> DescribeAsync(IReadOnlyList<string> sObjectTypes,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ObjectDescribe?>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in sObjectTypes.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(ObjectDescribe.MaxPerCompositeCall))
        {
            var body = ObjectDescribe.CompositeRequest(_options.DataPath, chunk);
            var described = await _transport.SendAsync(SalesforceRequestKind.Describe, HttpMethod.Post, $"{_options.DataPath}/composite",
                body, null, response => ObjectDescribe.ParseComposite(response.Body, chunk), cancellationToken).ConfigureAwait(false);
            foreach (var pair in described)
            {
                result[pair.Key] = pair.Value;
            }
        }

        return result;
    }

    /// <summary>
    /// <c>PATCH /sobjects/{type}/{field}/{value}</c>: 201 inserted, 200 updated (204 before v46.0), 300 when
    /// the external id matches several records (nothing is written then).
    /// </summary>
    public async Task<ExternalIdUpsertResult> UpsertByExternalIdAsync(string sObjectType, string externalIdField,
        string externalId, JsonObject fields, CancellationToken cancellationToken)
    {
        var path = $"{_options.DataPath}/sobjects/{Soql.Name(sObjectType)}/{Soql.Name(externalIdField)}/{Uri.EscapeDataString(externalId)}";
        return await _transport.SendAsync(SalesforceRequestKind.Write, HttpMethod.Patch, path, fields, null,
            response => ExternalIdUpsertResult.From(response.StatusCode, response.Body), cancellationToken, emptyIsValid: true).ConfigureAwait(false);
    }
}
