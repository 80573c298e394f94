using System.Globalization;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Json;

namespace CrmSpm.Salesforce.Emulator.Soql;

/// <summary>Literal kinds and comparisons. Strings compare case-insensitively, as SOQL does.</summary>
public static class SoqlValues
{
    public enum Kind { Text, Number, Boolean, Null, DateTime, Date }

    public sealed record Literal(Kind Kind, string Text);

    public static Literal FromToken(SoqlToken token)
    {
        if (token.Kind == SoqlTokenKind.String)
        {
            return new Literal(Kind.Text, token.Text);
        }

        if (token.Kind != SoqlTokenKind.Word)
        {
            throw new SoqlException($"unexpected token: '{token.Text}'");
        }

        var text = token.Text;
        if (text.Equals("null", StringComparison.OrdinalIgnoreCase)) return new Literal(Kind.Null, text);
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase)) return new Literal(Kind.Boolean, text.ToLowerInvariant());
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return new Literal(Kind.Number, text);
        if (text.Contains('T') && SalesforceDateTime.TryParse(text, out _)) return new Literal(Kind.DateTime, text);
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return new Literal(Kind.Date, text);
        throw new SoqlException($"unexpected token: '{text}'");
    }

    /// <summary>Compares a stored value with a literal; null when they cannot be compared (then no operator matches).</summary>
    public static int? Compare(JsonNode? stored, Literal literal)
    {
        if (literal.Kind == Kind.Null)
        {
            return stored is null ? 0 : 1;
        }

        if (stored is null)
        {
            return null;
        }

        return literal.Kind switch
        {
            Kind.Text => string.Compare(stored.ToString(), literal.Text, StringComparison.OrdinalIgnoreCase),
            Kind.Number => stored is JsonValue v && v.TryGetValue<decimal>(out var number)
                ? number.CompareTo(decimal.Parse(literal.Text, CultureInfo.InvariantCulture)) : null,
            Kind.Boolean => stored is JsonValue b && b.TryGetValue<bool>(out var flag)
                ? (flag.ToString().ToLowerInvariant() == literal.Text ? 0 : 1) : null,
            Kind.DateTime => SalesforceDateTime.TryParse(stored.ToString(), out var at)
                ? at.CompareTo(SalesforceDateTime.Parse(literal.Text)) : null,
            Kind.Date => string.CompareOrdinal(stored.ToString()[..Math.Min(10, stored.ToString().Length)], literal.Text),
            _ => null,
        };
    }

    /// <summary>Order of two stored values for ORDER BY (nulls first, as SOQL's default).</summary>
    public static int CompareStored(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        if (left is JsonValue l && right is JsonValue r && l.TryGetValue<decimal>(out var a) && r.TryGetValue<decimal>(out var b))
        {
            return a.CompareTo(b);
        }

        if (SalesforceDateTime.TryParse(left.ToString(), out var x) && SalesforceDateTime.TryParse(right.ToString(), out var y))
        {
            return x.CompareTo(y);
        }

        return string.CompareOrdinal(left.ToString(), right.ToString());
    }
}
