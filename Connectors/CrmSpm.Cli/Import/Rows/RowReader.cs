using System;
using System.Collections.Generic;
using CrmSpm.Cli.Import.Csv;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>Reads one row's mapped values, recording the first problem as an issue (file and line) so the row can be skipped.</summary>
internal sealed class RowReader
{
    private readonly CsvTable table;
    private readonly ValueParser parser;
    private readonly ImportSummary summary;
    private readonly ImportDates dates;

    public RowReader(CsvTable table, ValueParser parser, ImportSummary summary, ImportDates dates)
    {
        this.table = table;
        this.parser = parser;
        this.summary = summary;
        this.dates = dates;
    }

    public CsvRecord Row { get; set; } = new CsvRecord(0, Array.Empty<string>());

    public string Text(int column) => CsvTable.Value(Row, column);

    /// <summary>Records an issue on the current row (in <paramref name="column"/> when one value is at fault); returns false so callers can write <c>return Skip(...)</c>.</summary>
    public bool Skip(ImportIssueKind kind, string message, int column = -1)
    {
        summary.Issues.Add(new ImportIssue(table.File, Row.Line, kind, message, Skipped: true, table.ColumnName(column)));
        return false;
    }

    public void Note(ImportIssueKind kind, string message, int column = -1) =>
        summary.Issues.Add(new ImportIssue(table.File, Row.Line, kind, message, Skipped: false, table.ColumnName(column)));

    /// <summary>A non-blank value of a required column; false (issue recorded) when blank.</summary>
    public bool Required(int column, string what, out string value)
    {
        value = Text(column);
        return value.Length > 0 || Skip(ImportIssueKind.MissingValue, what + " is blank", column);
    }

    /// <summary>
    /// A date, null when blank; false (issue recorded) when not a date in the culture, or when <see cref="ImportDates"/>
    /// finds it impossible or an outlier and the row <paramref name="needsIt"/>; a date the row can do without is then
    /// left blank with a note. <paramref name="startDate"/>: a user's start date (<see cref="ImportDates.Problem"/>).
    /// </summary>
    public bool Date(int column, string what, out DateTime? value, bool needsIt = true, bool startDate = false)
    {
        var text = Text(column);
        value = text.Length == 0 ? null : parser.Date(text);
        if (text.Length == 0)
        {
            return true;
        }

        if (!value.HasValue)
        {
            return Skip(ImportIssueKind.UnparseableDate, what + " \"" + text + "\" is not a date in " + parser.CultureName, column);
        }

        if (dates.Problem(value.Value, startDate) is not { } problem)
        {
            return true;
        }

        value = null;
        if (needsIt)
        {
            return Skip(problem.Kind, what + " \"" + text + "\" " + problem.Reason, column);
        }

        Note(problem.Kind, what + " \"" + text + "\" " + problem.Reason + "; left blank", column);
        return true;
    }

    /// <summary>An amount, null when blank; false (issue recorded) when not a number in the culture.</summary>
    public bool Amount(int column, string what, out decimal? value)
    {
        var text = Text(column);
        value = text.Length == 0 ? null : parser.Amount(text);
        return text.Length == 0 || value.HasValue || Skip(ImportIssueKind.UnparseableAmount, what + " \"" + text + "\" is not an amount in " + parser.CultureName, column);
    }

    /// <summary>A whole number, null when blank; false (issue recorded) otherwise.</summary>
    public bool Count(int column, string what, out int? value)
    {
        var text = Text(column);
        value = text.Length == 0 ? null : parser.Count(text);
        return text.Length == 0 || value.HasValue || Skip(ImportIssueKind.UnparseableNumber, what + " \"" + text + "\" is not a whole number", column);
    }

    /// <summary>False (issue recorded) when <paramref name="id"/> was already read, naming the line it was first on.</summary>
    public bool FirstTime(IDictionary<string, int> seen, string id, string what)
    {
        if (seen.TryGetValue(id, out var first))
        {
            return Skip(ImportIssueKind.Duplicate, what + " \"" + id + "\" is already on line " + first);
        }

        seen[id] = Row.Line;
        return true;
    }
}
