using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// Turns a $filter of comparisons (eq, ne, lt, le, gt, ge against null, true/false, numbers, quoted strings, GUIDs and
/// ISO dates) joined by and/or with parentheses into a <see cref="FilterExpression"/> on one table: the filters the
/// panels send (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows).
/// </summary>
public sealed class ODataFilter
{
    /// <summary>The comparison words OData and FetchXML share.</summary>
    internal static readonly IReadOnlyDictionary<string, ConditionOperator> Comparisons = new Dictionary<string, ConditionOperator>(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
    };

    private readonly TableDefinition table;
    private readonly List<string> tokens;
    private int position;

    private ODataFilter(TableDefinition table, string text)
    {
        this.table = table;
        tokens = Tokenize(text);
    }

    public static FilterExpression Parse(TableDefinition table, string text)
    {
        var parser = new ODataFilter(table, text);
        var filter = parser.ParseOr();
        if (parser.position < parser.tokens.Count)
        {
            throw WebApiException.BadRequest($"Syntax error at '{parser.tokens[parser.position]}' in $filter.");
        }

        return filter;
    }

    private FilterExpression ParseOr() => ParseJoined("or", LogicalOperator.Or, ParseAnd);

    private FilterExpression ParseAnd() => ParseJoined("and", LogicalOperator.And, ParsePrimary);

    private FilterExpression ParseJoined(string word, LogicalOperator logical, Func<FilterExpression> next)
    {
        var parts = new List<FilterExpression> { next() };
        while (Peek() == word)
        {
            position++;
            parts.Add(next());
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var joined = new FilterExpression(logical);
        parts.ForEach(joined.AddFilter);
        return joined;
    }

    private FilterExpression ParsePrimary()
    {
        if (Peek() == "(")
        {
            position++;
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var property = Next();
        var word = Next();
        if (!Comparisons.TryGetValue(word, out var comparison))
        {
            throw WebApiException.BadRequest($"The operator '{word}' is not supported in $filter.");
        }

        var literal = Next();
        var column = WebApiNames.ColumnOf(property);
        var definition = table.Column(column)
            ?? throw WebApiException.BadRequest($"Could not find a property named '{property}' on type 'Microsoft.Dynamics.CRM.{table.Name}'.");
        var filter = new FilterExpression(LogicalOperator.And);
        if (literal == "null")
        {
            filter.AddCondition(column, comparison == ConditionOperator.Equal ? ConditionOperator.Null : ConditionOperator.NotNull);
            return comparison is ConditionOperator.Equal or ConditionOperator.NotEqual
                ? filter
                : throw WebApiException.BadRequest($"'{property} {word} null' cannot be evaluated.");
        }

        filter.AddCondition(column, comparison, ValueOf(definition, literal));
        return filter;
    }

    /// <summary>A literal as the column's SDK query value; OData quotes strings, FetchXML does not.</summary>
    internal static object ValueOf(ColumnDefinition column, string literal, bool quotedStrings = true)
    {
        var invalid = WebApiException.BadRequest($"'{literal}' is not a valid value for '{column.Name}'.");
        switch (column.Type)
        {
            case ColumnType.String or ColumnType.Memo or ColumnType.EntityName when !quotedStrings:
                return literal;
            case ColumnType.String or ColumnType.Memo or ColumnType.EntityName:
                return literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\'' ? literal[1..^1].Replace("''", "'", StringComparison.Ordinal) : throw invalid;
            case ColumnType.Boolean:
                return literal switch { "true" => true, "false" => false, _ => throw invalid };
            case ColumnType.DateTime:
                return DateTime.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when) ? when : throw invalid;
            case ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.Uniqueidentifier:
                return Guid.TryParse(literal, out var id) ? id : throw invalid;
            case ColumnType.Decimal or ColumnType.Money:
                return decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw invalid;
            case ColumnType.Double:
                return double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : throw invalid;
            case ColumnType.BigInt:
                return long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) ? big : throw invalid;
            default:
                return int.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : throw invalid;
        }
    }

    private string? Peek() => position < tokens.Count ? tokens[position] : null;

    private string Next() => position < tokens.Count ? tokens[position++] : throw WebApiException.BadRequest("The $filter ends too early.");

    private void Expect(string token)
    {
        if (Next() != token)
        {
            throw WebApiException.BadRequest($"'{token}' expected in $filter.");
        }
    }

    /// <summary>Words, parentheses and quoted strings ('' inside a string is a quote).</summary>
    private static List<string> Tokenize(string text)
    {
        var result = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                result.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] != '\'' || (end + 1 < text.Length && text[end + 1] == '\'')))
                {
                    end += text[end] == '\'' ? 2 : 1;
                }

                if (end >= text.Length)
                {
                    throw WebApiException.BadRequest("A quoted string in $filter is not closed.");
                }

                result.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '(' and not ')')
                {
                    end++;
                }

                result.Add(text[i..end]);
                i = end;
            }
        }

        return result;
    }
}
