using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Store;

namespace CrmSpm.EmbeddedOrg.Query;

// One result row while a query runs: the root row plus the row (or nothing, for outer joins) of each link alias.
internal sealed class QueryRecord
{
    private readonly Dictionary<string, (string Table, Row? Row)> _links;

    public QueryRecord(Row root)
        : this(root, new Dictionary<string, (string Table, Row? Row)>())
    {
    }

    private QueryRecord(Row root, Dictionary<string, (string Table, Row? Row)> links)
    {
        Root = root;
        _links = links;
    }

    public Row Root { get; }

    public IEnumerable<KeyValuePair<string, (string Table, Row? Row)>> Links => _links;

    public QueryRecord With(string alias, string table, Row? row)
    {
        var links = new Dictionary<string, (string Table, Row? Row)>(_links) { [alias] = (table, row) };
        return new QueryRecord(Root, links);
    }

    // A column of the root (alias null) or of a linked row; null when absent.
    public object? Get(string? alias, string column)
    {
        if (string.IsNullOrEmpty(alias))
        {
            return Root.Get(column);
        }

        return _links.TryGetValue(alias, out var link) ? link.Row?.Get(column) : null;
    }

    public bool HasAlias(string alias) => _links.ContainsKey(alias);
}
