using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Collections;
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
            var response = await _transport.SendAsync(HttpMethod.Get, next, null, headers, cancellationToken).ConfigureAwait(false);
            var page = QueryPage.Parse(response.Body);
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
    /// <c>PATCH /sobjects/{type}/{field}/{value}</c>: 201 inserted, 200 updated (204 before v46.0), 300 when
    /// the external id matches several records (nothing is written then).
    /// </summary>
    public async Task<ExternalIdUpsertResult> UpsertByExternalIdAsync(string sObjectType, string externalIdField,
        string externalId, JsonObject fields, CancellationToken cancellationToken)
    {
        var path = $"{_options.DataPath}/sobjects/{Soql.Name(sObjectType)}/{Soql.Name(externalIdField)}/{Uri.EscapeDataString(externalId)}";
        var response = await _transport.SendAsync(HttpMethod.Patch, path, fields, null, cancellationToken).ConfigureAwait(false);
        return ExternalIdUpsertResult.From(response.StatusCode, response.Body);
    }
}
