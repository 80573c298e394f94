using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Expands a root row through the query's LinkEntities: an inner join yields one record per matching linked row
// (none if nothing matches); a left outer join keeps the record with an empty link when nothing matches.
internal sealed class LinkJoiner
{
    private readonly QueryContext _context;
    private readonly Dictionary<LinkEntity, string> _aliases = new(ReferenceEqualityComparer.Instance);
    private int _generated;

    public LinkJoiner(QueryContext context)
    {
        _context = context;
    }

    // The alias of a link: EntityAlias, or "{table}{n}" numbered in query order like Dataverse's generated aliases.
    public string AliasOf(LinkEntity link)
    {
        if (!_aliases.TryGetValue(link, out var alias))
        {
            alias = string.IsNullOrEmpty(link.EntityAlias) ? link.LinkToEntityName + (++_generated) : link.EntityAlias;
            _aliases[link] = alias;
        }

        return alias;
    }

    public IEnumerable<QueryRecord> Expand(QueryRecord record, IEnumerable<LinkEntity> links)
    {
        IEnumerable<QueryRecord> records = new[] { record };
        foreach (var link in links)
        {
            records = records.SelectMany(r => ExpandOne(r, link, fromAlias: null)).ToList();
        }

        return records;
    }

    private IEnumerable<QueryRecord> ExpandOne(QueryRecord record, LinkEntity link, string? fromAlias)
    {
        var alias = AliasOf(link);
        var fromValue = record.Get(fromAlias, link.LinkFromAttributeName);
        var matches = fromValue == null ? new List<Row>() : Matches(link, fromValue).ToList();

        if (matches.Count == 0)
        {
            if (link.JoinOperator == JoinOperator.LeftOuter)
            {
                yield return record.With(alias, link.LinkToEntityName, null);
            }

            yield break;
        }

        foreach (var row in matches)
        {
            var joined = record.With(alias, link.LinkToEntityName, row);
            IEnumerable<QueryRecord> expanded = new[] { joined };
            foreach (var child in link.LinkEntities)
            {
                expanded = expanded.SelectMany(r => ExpandOne(r, child, alias)).ToList();
            }

            foreach (var result in expanded)
            {
                yield return result;
            }
        }
    }

    private IEnumerable<Row> Matches(LinkEntity link, object fromValue)
    {
        var table = _context.Store.FindTable(link.LinkToEntityName);
        if (table == null)
        {
            return Enumerable.Empty<Row>();
        }

        var key = ValueComparer.Normalize(fromValue);
        var candidates = key is System.Guid id && table.Lookup(link.LinkToAttributeName, id) is { } ids
            ? ids.Select(table.Find).Where(r => r != null).Select(r => r!)
            : table.Rows;

        return candidates.Where(row =>
            ValueComparer.AreEqual(row.Get(link.LinkToAttributeName), fromValue)
            && _context.Access.CanRead(_context.UserId, link.LinkToEntityName, row)
            && FilterEvaluator.MatchesRow(link.LinkCriteria, row, _context));
    }
}
