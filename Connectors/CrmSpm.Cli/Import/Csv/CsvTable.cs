using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Import.Csv;

/// <summary>
/// A CSV file's header and data rows, with the mapped columns looked up by header (case-insensitive, trimmed). A row
/// that repeats the header (exports concatenated into one file) is no data row: it is left out and its line kept.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> names = new();
    private readonly string mappingName;

    public CsvTable(string file, IReadOnlyList<CsvRecord> records, string mappingName)
    {
        File = file;
        this.mappingName = mappingName;
        var header = records.FirstOrDefault(r => !r.IsBlank);
        if (header == null)
        {
            throw new ImportConfigurationException(file + " is empty: the first line must name the columns.");
        }

        for (var i = 0; i < header.Fields.Count; i++)
        {
            names.Add(header.Fields[i].Trim());
            headers.TryAdd(names[i], i);
        }

        var rows = records.Where(r => r.Line > header.Line && !r.IsBlank).ToLookup(IsHeader);
        Rows = rows[false].ToList();
        RepeatedHeaderLines = rows[true].Select(r => r.Line).ToList();
    }

    public string File { get; }

    /// <summary>Data rows, blank lines and repeated header rows left out.</summary>
    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>The 1-based lines of rows that repeat the header.</summary>
    public IReadOnlyList<int> RepeatedHeaderLines { get; }

    /// <summary>Column <paramref name="index"/> as messages name it: its 1-based position and header, e.g. "9 (createdOn)"; null for no column.</summary>
    public string? ColumnName(int index) =>
        index < 0 ? null : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (index < names.Count ? " (" + names[index] + ")" : "");

    /// <summary>
    /// The index of the column <paramref name="header"/> mapped to <paramref name="field"/> ("opportunities.owner"); -1
    /// when unmapped or absent and optional. A required field that is unmapped or absent is a configuration error
    /// naming the column, the field and the mapping.
    /// </summary>
    public int Column(string? header, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            if (required)
            {
                throw new ImportConfigurationException("The mapping " + mappingName + " names no column for " + field + ", which is required; add it to the mapping or pass --map " + field + "=<column header>.");
            }

            return -1;
        }

        if (headers.TryGetValue(header.Trim(), out var index))
        {
            return index;
        }

        if (required)
        {
            throw new ImportConfigurationException(File + " has no column \"" + header.Trim() + "\", which the mapping " + mappingName + " names for " + field +
                ". Its columns are: " + string.Join(", ", headers.OrderBy(h => h.Value).Select(h => "\"" + h.Key + "\"")) + ".");
        }

        return -1;
    }

    /// <summary>True when <paramref name="row"/> holds the header's names (a byte order mark, left by concatenating files, ignored).</summary>
    private bool IsHeader(CsvRecord row)
    {
        if (row.Fields.Count != names.Count)
        {
            return false;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (!string.Equals(row.Fields[i].Trim().TrimStart('\uFEFF'), names[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The trimmed value of column <paramref name="index"/> in <paramref name="row"/>; "" when the column is unmapped or the row is short.</summary>
    public static string Value(CsvRecord row, int index) =>
        index >= 0 && index < row.Fields.Count ? row.Fields[index].Trim() : "";
}
