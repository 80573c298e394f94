using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Import.Csv;

/// <summary>A CSV file's header and data rows, with the mapped columns looked up by header (case-insensitive, trimmed).</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> headers = new(StringComparer.OrdinalIgnoreCase);
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
            headers.TryAdd(header.Fields[i].Trim(), i);
        }

        Rows = records.Where(r => r.Line > header.Line && !r.IsBlank).ToList();
    }

    public string File { get; }

    /// <summary>Data rows, blank lines left out.</summary>
    public IReadOnlyList<CsvRecord> Rows { get; }

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

    /// <summary>The trimmed value of column <paramref name="index"/> in <paramref name="row"/>; "" when the column is unmapped or the row is short.</summary>
    public static string Value(CsvRecord row, int index) =>
        index >= 0 && index < row.Fields.Count ? row.Fields[index].Trim() : "";
}
