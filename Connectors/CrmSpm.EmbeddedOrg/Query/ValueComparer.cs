using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Query;

// Compares stored values with condition values the way Dataverse's SQL does: lookups by id, choices and money by
// number, text case-insensitively, and a Guid given as text matches a lookup.
internal static class ValueComparer
{
    public static object? Normalize(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case EntityReference reference:
                return reference.Id;
            case OptionSetValue option:
                return (decimal)option.Value;
            case Money money:
                return money.Value;
            case AliasedValue aliased:
                return Normalize(aliased.Value);
            case int or long or short or byte or decimal:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case double d:
                return (decimal)d;
            case float f:
                return (decimal)f;
            case Enum e:
                return Convert.ToDecimal(e, CultureInfo.InvariantCulture);
            case DateTime date:
                return date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
            case DateTimeOffset offset:
                return offset.UtcDateTime;
            default:
                return value;
        }
    }

    public static bool AreEqual(object? stored, object? expected) => Compare(stored, expected) == 0;

    // Null when the two values cannot be compared (a null, or different kinds of value).
    public static int? Compare(object? stored, object? expected)
    {
        var left = Normalize(stored);
        var right = Normalize(expected);
        if (left == null || right == null)
        {
            return null;
        }

        switch (left)
        {
            case decimal l when right is decimal r:
                return l.CompareTo(r);
            case string l when right is string r:
                return string.Compare(l, r, StringComparison.OrdinalIgnoreCase);
            case DateTime l when right is DateTime r:
                return l.CompareTo(r);
            case Guid l when right is Guid r:
                return l.CompareTo(r);
            case Guid l when right is string r && Guid.TryParse(r, out var parsed):
                return l.CompareTo(parsed);
            case string l when right is Guid r && Guid.TryParse(l, out var parsedLeft):
                return parsedLeft.CompareTo(r);
            case bool l when right is bool r:
                return l.CompareTo(r);
            case bool l when right is decimal r:
                return (l ? 1m : 0m).CompareTo(r);
            default:
                return null;
        }
    }

    // Total order for sorting: nulls first (ascending), then by value; incomparable kinds by type name.
    public static int CompareForSort(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a == null || b == null)
        {
            return a == null ? (b == null ? 0 : -1) : 1;
        }

        return Compare(a, b) ?? string.CompareOrdinal(a.GetType().Name, b.GetType().Name);
    }
}
