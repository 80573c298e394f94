using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Runs a QueryExpression: candidate rows (indexed when possible) → read access → links → criteria → order →
// distinct → page → columns.
internal static class QueryRunner
{
    public static EntityCollection Run(QueryExpression query, QueryContext context)
    {
        if (string.IsNullOrWhiteSpace(query.EntityName))
        {
            throw OrgFaults.InvalidArgument("The query has no EntityName.");
        }

        var result = new EntityCollection { EntityName = query.EntityName };
        var table = context.Store.FindTable(query.EntityName);
        if (table == null)
        {
            result.TotalRecordCount = -1;
            return result;
        }

        var joiner = new LinkJoiner(context);
        var matched = new List<QueryRecord>();
        foreach (var row in CandidatePlanner.Candidates(table, query.Criteria))
        {
            if (!context.Access.CanRead(context.UserId, table.LogicalName, row))
            {
                continue;
            }

            foreach (var record in joiner.Expand(new QueryRecord(row), query.LinkEntities))
            {
                if (FilterEvaluator.Matches(query.Criteria, record, table.LogicalName, context))
                {
                    matched.Add(record);
                }
            }
        }

        var orders = ResultOrderer.OrdersOf(query, joiner).ToList();
        var ordered = ResultOrderer.Sort(matched, orders);
        if (query.Distinct)
        {
            ordered = ordered.GroupBy(r => r.Root.Id).Select(g => g.First()).ToList();
        }

        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results: no paging cookie for queries sorted on a LinkEntity column.
        var cookieAllowed = orders.All(o => o.Alias == null);
        var page = ResultPager.Take(ordered, query.TopCount, query.PageInfo, table.PrimaryIdColumn, cookieAllowed);
        foreach (var record in page.Records)
        {
            var entity = ColumnProjector.Project(table.LogicalName, table.PrimaryIdColumn, record.Root, query.ColumnSet);
            AddLinkedColumns(entity, record, query.LinkEntities, joiner);
            result.Entities.Add(entity);
        }

        result.MoreRecords = page.MoreRecords;
        result.PagingCookie = page.Cookie;
        result.TotalRecordCount = page.TotalRecordCount;
        result.TotalRecordCountLimitExceeded = page.TotalLimitExceeded;
        return result;
    }

    private static void AddLinkedColumns(Entity entity, QueryRecord record, IEnumerable<LinkEntity> links, LinkJoiner joiner)
    {
        foreach (var link in links)
        {
            var alias = joiner.AliasOf(link);
            var linked = record.Links.FirstOrDefault(l => l.Key == alias).Value;
            ColumnProjector.AddLinked(entity, alias, link.LinkToEntityName, linked.Row, link.Columns);
            AddLinkedColumns(entity, record, link.LinkEntities, joiner);
        }
    }
}
