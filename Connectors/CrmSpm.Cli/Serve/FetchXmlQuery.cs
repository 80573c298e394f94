using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// Reads the FetchXML the manager scorecard sends (attributes, orders, filters with eq/ne/lt/le/gt/ge/null/not-null/
/// in/under, inner and outer link-entities with aliases) into a <see cref="QueryExpression"/> for the embedded org,
/// which takes no FetchXML itself (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview).
/// The hierarchy operator <c>under</c> becomes an <c>in</c> over the users below the given one.
/// </summary>
public sealed class FetchXmlQuery
{
    private static readonly Dictionary<string, ConditionOperator> Operators = new(ODataFilter.Comparisons, StringComparer.Ordinal)
    {
        ["null"] = ConditionOperator.Null,
        ["not-null"] = ConditionOperator.NotNull,
        ["in"] = ConditionOperator.In,
    };

    private readonly TableCatalog catalog;
    private readonly Func<Guid, IReadOnlyCollection<Guid>> usersUnder;

    /// <param name="usersUnder">The users below a manager, at any depth (not including the manager).</param>
    public FetchXmlQuery(TableCatalog catalog, Func<Guid, IReadOnlyCollection<Guid>> usersUnder)
    {
        this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        this.usersUnder = usersUnder ?? throw new ArgumentNullException(nameof(usersUnder));
    }

    public QueryExpression Read(string fetchXml, string expectedTable)
    {
        XElement entity;
        try
        {
            entity = XDocument.Parse(fetchXml).Root?.Element("entity") ?? throw WebApiException.BadRequest("The FetchXML has no entity element.");
        }
        catch (XmlException problem)
        {
            throw WebApiException.BadRequest("The FetchXML is not well-formed XML: " + problem.Message);
        }

        var table = Name(entity);
        if (table != expectedTable)
        {
            throw WebApiException.BadRequest($"The FetchXML queries '{table}' but was sent to the '{expectedTable}' entity set.");
        }

        var definition = catalog.Find(table) ?? throw WebApiException.BadRequest($"The entity '{table}' does not exist.");
        var query = new QueryExpression(table) { ColumnSet = Columns(entity) };
        foreach (var order in entity.Elements("order"))
        {
            query.AddOrder(Attribute(order, "attribute"), (string?)order.Attribute("descending") == "true" ? OrderType.Descending : OrderType.Ascending);
        }

        AddFilters(query.Criteria, entity, definition);
        foreach (var link in entity.Elements("link-entity"))
        {
            query.LinkEntities.Add(Link(link, table));
        }

        if (int.TryParse((string?)entity.Parent?.Attribute("top"), out var top) && top > 0)
        {
            query.TopCount = top;
        }

        return query;
    }

    private LinkEntity Link(XElement element, string fromTable)
    {
        var table = Name(element);
        var definition = catalog.Find(table) ?? throw WebApiException.BadRequest($"The entity '{table}' does not exist.");
        var join = (string?)element.Attribute("link-type") == "outer" ? JoinOperator.LeftOuter : JoinOperator.Inner;
        // FetchXML's "from" is the linked table's column, "to" the parent's.
        var link = new LinkEntity(fromTable, table, Attribute(element, "to"), Attribute(element, "from"), join)
        {
            EntityAlias = (string?)element.Attribute("alias"),
            Columns = Columns(element),
        };
        AddFilters(link.LinkCriteria, element, definition);
        foreach (var nested in element.Elements("link-entity"))
        {
            link.LinkEntities.Add(Link(nested, table));
        }

        return link;
    }

    private void AddFilters(FilterExpression target, XElement parent, TableDefinition table)
    {
        foreach (var filter in parent.Elements("filter"))
        {
            target.AddFilter(Filter(filter, table));
        }
    }

    private FilterExpression Filter(XElement element, TableDefinition table)
    {
        var filter = new FilterExpression((string?)element.Attribute("type") == "or" ? LogicalOperator.Or : LogicalOperator.And);
        foreach (var condition in element.Elements("condition"))
        {
            filter.AddCondition(Condition(condition, table));
        }

        AddFilters(filter, element, table);
        return filter;
    }

    private ConditionExpression Condition(XElement element, TableDefinition table)
    {
        var attribute = Attribute(element, "attribute");
        var column = table.Column(attribute) ?? throw WebApiException.BadRequest($"'{table.Name}' entity doesn't contain attribute with Name = '{attribute}'.");
        var word = Attribute(element, "operator");
        if (word == "under")
        {
            var manager = ODataFilter.ValueOf(column, Attribute(element, "value"), quotedStrings: false);
            var below = manager is Guid id ? usersUnder(id) : throw WebApiException.BadRequest("'under' needs a user id.");
            // An empty 'in' matches nothing, as 'under' a user with nobody below them does.
            return new ConditionExpression(attribute, ConditionOperator.In, below.Count == 0 ? new object[] { Guid.Empty } : below.Cast<object>().ToArray());
        }

        if (!Operators.TryGetValue(word, out var comparison))
        {
            throw WebApiException.BadRequest($"The FetchXML operator '{word}' is not supported here.");
        }

        var texts = element.Attribute("value") is { } single
            ? new[] { single.Value }
            : element.Elements("value").Select(v => v.Value).ToArray();
        var values = texts.Select(text => ODataFilter.ValueOf(column, text, quotedStrings: false)).ToArray();
        return new ConditionExpression(attribute, comparison, values);
    }

    private static ColumnSet Columns(XElement element) =>
        element.Element("all-attributes") != null
            ? new ColumnSet(true)
            : new ColumnSet(element.Elements("attribute").Select(a => Attribute(a, "name")).ToArray());

    private static string Name(XElement element) => Attribute(element, "name");

    private static string Attribute(XElement element, string name) =>
        (string?)element.Attribute(name) ?? throw WebApiException.BadRequest($"The FetchXML element '{element.Name}' has no '{name}' attribute.");
}
