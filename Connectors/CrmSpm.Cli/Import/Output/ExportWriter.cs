using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Import.Output;

/// <summary>
/// Writes each table of <see cref="ExportTables"/> as JSON (an array of objects) and as CSV (RFC 4180: every field
/// quoted where needed, CRLF line ends, UTF-8 with a byte order mark so Excel reads accents).
/// </summary>
public static class ExportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The files <see cref="Write"/> writes.</summary>
    public static readonly IReadOnlyList<string> FileNames = new[] { "scorecards", "tips", "deal-scores", "data-issues" }
        .SelectMany(name => new[] { name + ".json", name + ".csv" }).ToList();

    /// <summary>Writes the four tables into <paramref name="directory"/> (<see cref="OutputDirectory"/>); returns the sentence that says what was written.</summary>
    public static string Write(string directory, ExportTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return OutputDirectory.Write(directory, Files("scorecards", tables.Scorecards)
            .Concat(Files("tips", tables.Tips))
            .Concat(Files("deal-scores", tables.DealScores))
            .Concat(Files("data-issues", tables.DataIssues))
            .ToList());
    }

    private static IEnumerable<OutputFile> Files<T>(string name, IReadOnlyList<T> rows) => new[]
    {
        new OutputFile(name + ".json", JsonSerializer.Serialize(rows, Json)),
        new OutputFile(name + ".csv", ToCsv(rows), ByteOrderMark: true),
    };

    /// <summary>A header of the record's property names (camel case, as in the JSON), then one line per row.</summary>
    public static string ToCsv<T>(IReadOnlyList<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var text = new StringBuilder();
        text.Append(string.Join(",", properties.Select(p => Field(JsonNamingPolicy.CamelCase.ConvertName(p.Name))))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(",", properties.Select(p => Field(Convert.ToString(p.GetValue(row), CultureInfo.InvariantCulture) ?? "")))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A CSV field: quoted, with quotes doubled, when it holds a comma, semicolon, quote or line break. Text a
    /// spreadsheet would run as a formula (=, +, -, @ first, and not a number) gets a leading apostrophe, as
    /// https://owasp.org/www-community/attacks/CSV_Injection advises: deal names and tips come from people's data.
    /// </summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', ';', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
