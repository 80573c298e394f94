extern alias plugins;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// The Web API over the embedded org, without HTTP: reads answer in Dataverse's JSON shapes, writes go through the
/// signed-in user's organization service so the plugins fire (then the org's queued async steps run). Calls are
/// serialised: the demo org is one user's sandbox.
/// </summary>
public sealed class WebApiService
{
    private readonly EmbeddedOrganization org;
    private readonly OptionLabels labels;
    private readonly object gate = new();

    public WebApiService(EmbeddedOrganization org, OptionLabels labels)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
        this.labels = labels ?? throw new ArgumentNullException(nameof(labels));
    }

    /// <summary>GET <c>set(id)?options</c> (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api).</summary>
    public JsonObject Retrieve(Guid user, string entitySet, Guid id, ODataOptions options, string contextBase)
    {
        var table = TableOf(entitySet);
        lock (gate)
        {
            var service = org.ServiceFor(user);
            var row = service.Retrieve(table.Name, id, ColumnsOf(table, options));
            var json = Writer().Write(row, options.Select, ETagOf(row));
            AddExpansions(service, json, row, options);
            json.Insert(0, "@odata.context", contextBase + "$metadata#" + entitySet + "/$entity");
            return json;
        }
    }

    /// <summary>GET <c>set?options</c> or <c>set?fetchXml=…</c> (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-data-web-api).</summary>
    public JsonObject RetrieveMultiple(Guid user, string entitySet, ODataOptions? options, string? fetchXml, string contextBase)
    {
        var table = TableOf(entitySet);
        lock (gate)
        {
            var service = org.ServiceFor(user);
            QueryExpression query;
            if (fetchXml != null)
            {
                query = new FetchXmlQuery(org.Metadata, UsersUnder).Read(fetchXml, table.Name);
            }
            else
            {
                options ??= new ODataOptions();
                query = new QueryExpression(table.Name) { ColumnSet = ColumnsOf(table, options), TopCount = options.Top };
                AddCriteria(query, table, options);
            }

            var writer = Writer();
            var rows = new JsonArray();
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                var json = writer.Write(row, fetchXml != null ? Array.Empty<string>() : options!.Select, ETagOf(row));
                if (options != null)
                {
                    AddExpansions(service, json, row, options);
                }

                rows.Add(json);
            }

            return new JsonObject { ["@odata.context"] = contextBase + "$metadata#" + entitySet, ["value"] = rows };
        }
    }

    /// <summary>PATCH <c>set(id)</c>: If-Match other than <c>*</c> must name the row's current version; returns the new ETag.</summary>
    public string Update(Guid user, string entitySet, Guid id, string body, string? ifMatch)
    {
        var table = TableOf(entitySet);
        var entity = RecordBody.Read(table, id, body);
        lock (gate)
        {
            var current = org.SystemService.Retrieve(table.Name, id, new ColumnSet(true));
            if (!string.IsNullOrEmpty(ifMatch) && ifMatch != "*" && ifMatch != RecordJson.ETagOf(current))
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
                throw new WebApiException(412, WebApiException.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");
            }

            org.ServiceFor(user).Update(entity);
            org.RunAsyncOperations();
            return RecordJson.ETagOf(org.SystemService.Retrieve(table.Name, id, new ColumnSet(true)));
        }
    }

    /// <summary>POST <c>set</c>: creates the row; returns its id.</summary>
    public Guid Create(Guid user, string entitySet, string body)
    {
        var table = TableOf(entitySet);
        var entity = RecordBody.Read(table, Guid.Empty, body);
        lock (gate)
        {
            var id = org.ServiceFor(user).Create(entity);
            org.RunAsyncOperations();
            return id;
        }
    }

    /// <summary>Every user below <paramref name="manager"/> in the manager hierarchy (parentsystemuserid), at any depth.</summary>
    public IReadOnlyCollection<Guid> UsersUnder(Guid manager)
    {
        var query = new QueryExpression(TableNames.SystemUser) { ColumnSet = new ColumnSet(SystemUserColumns.ParentSystemUserId) };
        var managerOf = org.SystemService.RetrieveMultiple(query).Entities
            .Where(u => u.GetAttributeValue<EntityReference>(SystemUserColumns.ParentSystemUserId) != null)
            .ToLookup(u => u.GetAttributeValue<EntityReference>(SystemUserColumns.ParentSystemUserId).Id, u => u.Id);
        var found = new HashSet<Guid>();
        var pending = new Queue<Guid>(new[] { manager });
        while (pending.Count > 0)
        {
            foreach (var report in managerOf[pending.Dequeue()])
            {
                if (found.Add(report))
                {
                    pending.Enqueue(report);
                }
            }
        }

        return found;
    }

    private void AddExpansions(IOrganizationService service, JsonObject json, Entity parent, ODataOptions options)
    {
        foreach (var (name, nested) in options.Expand)
        {
            if (!WebApiNames.CollectionNavigations.TryGetValue(name, out var navigation) || navigation.Parent != parent.LogicalName)
            {
                throw WebApiException.BadRequest($"Could not find a property named '{name}' on type 'Microsoft.Dynamics.CRM.{parent.LogicalName}'.");
            }

            var table = org.Metadata.Require(navigation.Table);
            var query = new QueryExpression(table.Name) { ColumnSet = ColumnsOf(table, nested), TopCount = nested.Top };
            query.Criteria.AddCondition(navigation.Column, ConditionOperator.Equal, parent.Id);
            AddCriteria(query, table, nested);
            var rows = new JsonArray();
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                var child = Writer().Write(row, nested.Select, ETagOf(row));
                AddExpansions(service, child, row, nested);
                rows.Add(child);
            }

            json[name] = rows;
        }
    }

    private static void AddCriteria(QueryExpression query, TableDefinition table, ODataOptions options)
    {
        if (options.Filter != null)
        {
            query.Criteria.AddFilter(ODataFilter.Parse(table, options.Filter));
        }

        foreach (var (property, descending) in options.OrderBy)
        {
            query.AddOrder(WebApiNames.ColumnOf(property), descending ? OrderType.Descending : OrderType.Ascending);
        }
    }

    private static ColumnSet ColumnsOf(TableDefinition table, ODataOptions options)
    {
        if (options.Select.Count == 0)
        {
            return new ColumnSet(true);
        }

        var columns = options.Select.Select(WebApiNames.ColumnOf).ToArray();
        var unknown = columns.FirstOrDefault(c => table.Column(c) == null);
        return unknown == null
            ? new ColumnSet(columns)
            : throw WebApiException.BadRequest($"Could not find a property named '{unknown}' on type 'Microsoft.Dynamics.CRM.{table.Name}'.");
    }

    private TableDefinition TableOf(string entitySet)
    {
        var name = WebApiNames.TableOfSet(entitySet) ?? throw WebApiException.NotFound($"Resource not found for the segment '{entitySet}'.");
        return org.Metadata.Require(name);
    }

    private string ETagOf(Entity row) => RecordJson.ETagOf(org.SystemService.Retrieve(row.LogicalName, row.Id, new ColumnSet(true)));

    private RecordJson Writer()
    {
        var names = new Dictionary<EntityReference, string?>();
        return new RecordJson(org.Metadata, labels, reference =>
        {
            var key = new EntityReference(reference.LogicalName, reference.Id);
            if (!names.TryGetValue(key, out var name))
            {
                var column = org.Metadata.Find(reference.LogicalName)?.PrimaryNameColumn;
                name = column == null ? null : org.SystemService.Retrieve(reference.LogicalName, reference.Id, new ColumnSet(column)).GetAttributeValue<string>(column);
                names[key] = name;
            }

            return name;
        });
    }
}
