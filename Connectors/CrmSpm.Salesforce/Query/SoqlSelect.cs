using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Salesforce.Query;

/// <summary>
/// A SELECT built from checked names and conditions. Conditions are written with <see cref="Soql"/>
/// helpers, e.g. <c>"SystemModstamp &gt; " + Soql.DateTime(watermark)</c>.
/// </summary>
public sealed class SoqlSelect
{
    private readonly string _from;
    private readonly IReadOnlyList<string> _fields;
    private readonly List<string> _conditions = new();
    private readonly List<string> _orderBy = new();

    public SoqlSelect(string from, IEnumerable<string> fields)
    {
        _from = Soql.Name(from);
        _fields = fields.Select(Soql.Name).Distinct().ToList();
    }

    public SoqlSelect Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public SoqlSelect OrderBy(params string[] fields)
    {
        _orderBy.AddRange(fields.Select(Soql.Name));
        return this;
    }

    public override string ToString()
    {
        var soql = $"SELECT {string.Join(", ", _fields)} FROM {_from}";
        if (_conditions.Count > 0)
        {
            soql += " WHERE " + string.Join(" AND ", _conditions.Select(c => "(" + c + ")"));
        }

        if (_orderBy.Count > 0)
        {
            soql += " ORDER BY " + string.Join(", ", _orderBy);
        }

        return soql;
    }
}
