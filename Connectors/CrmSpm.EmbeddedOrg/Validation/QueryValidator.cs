using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Validation;

// A QueryExpression names only known tables and columns: root and link-entity columns, conditions (by alias or
// table), orders and join columns (QueryBuilderNoEntity / QueryBuilderNoAttribute).
internal static class QueryValidator
{
    public static void Check(TableCatalog catalog, QueryExpression query)
    {
        var root = query.EntityName ?? throw OrgFaults.NoEntity(string.Empty);
        catalog.Require(root);
        var aliases = new Dictionary<string, string>(System.StringComparer.Ordinal) { [root] = root };
        CollectAliases(catalog, query.LinkEntities, aliases);
        Columns(catalog, root, query.ColumnSet);
        Filter(catalog, root, query.Criteria, aliases);
        foreach (var order in query.Orders)
        {
            Column(catalog, order.EntityName != null && aliases.TryGetValue(order.EntityName, out var t) ? t : root, order.AttributeName);
        }

        Links(catalog, root, query.LinkEntities, aliases);
    }

    private static void CollectAliases(TableCatalog catalog, IEnumerable<LinkEntity> links, Dictionary<string, string> aliases)
    {
        foreach (var link in links)
        {
            catalog.Require(link.LinkToEntityName ?? string.Empty);
            aliases.TryAdd(link.EntityAlias ?? link.LinkToEntityName!, link.LinkToEntityName!);
            aliases.TryAdd(link.LinkToEntityName!, link.LinkToEntityName!);
            CollectAliases(catalog, link.LinkEntities, aliases);
        }
    }

    private static void Links(TableCatalog catalog, string from, IEnumerable<LinkEntity> links, Dictionary<string, string> aliases)
    {
        foreach (var link in links)
        {
            var to = link.LinkToEntityName!;
            Column(catalog, string.IsNullOrEmpty(link.LinkFromEntityName) ? from : Resolve(aliases, link.LinkFromEntityName, from), link.LinkFromAttributeName);
            Column(catalog, to, link.LinkToAttributeName);
            Columns(catalog, to, link.Columns);
            Filter(catalog, to, link.LinkCriteria, aliases);
            foreach (var order in link.Orders)
            {
                Column(catalog, to, order.AttributeName);
            }

            Links(catalog, to, link.LinkEntities, aliases);
        }
    }

    private static void Filter(TableCatalog catalog, string table, FilterExpression? filter, Dictionary<string, string> aliases)
    {
        if (filter == null)
        {
            return;
        }

        foreach (var condition in filter.Conditions)
        {
            Column(catalog, string.IsNullOrEmpty(condition.EntityName) ? table : Resolve(aliases, condition.EntityName, table), condition.AttributeName);
        }

        foreach (var child in filter.Filters)
        {
            Filter(catalog, table, child, aliases);
        }
    }

    private static string Resolve(Dictionary<string, string> aliases, string name, string fallback) =>
        aliases.TryGetValue(name, out var table) ? table : throw OrgFaults.NoEntity(name ?? fallback);

    private static void Columns(TableCatalog catalog, string table, ColumnSet? columns)
    {
        if (columns == null || columns.AllColumns)
        {
            return;
        }

        foreach (var column in columns.Columns)
        {
            Column(catalog, table, column);
        }
    }

    private static void Column(TableCatalog catalog, string table, string? column)
    {
        if (catalog.Require(table).Column(column ?? string.Empty) == null)
        {
            throw OrgFaults.NoAttribute(table, column ?? string.Empty);
        }
    }
}
