using System.Linq;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// How every table is built so it reads at 80 columns: cells and headers wrap at spaces, and a word longer than its
/// column ends in "…" rather than breaking mid-word (Spectre's default folds it onto the next line). Every text that
/// goes into a table (title, header, cell, caption) passes through <see cref="Printable"/>: people's data cannot
/// break a row or reach the terminal as escape codes.
/// </summary>
internal static class Cells
{
    /// <summary>A rounded table titled <paramref name="title"/> (plain text) with the given column headers.</summary>
    public static Table Table(string title, params string[] headers)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(Printable.Of(title))), Border = TableBorder.Rounded };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Text(header)));
        }

        return table;
    }

    /// <summary>Plain text (made printable and escaped here).</summary>
    public static Markup Text(string? text) => Styled(Markup.Escape(Printable.Of(text)));

    /// <summary>A title over a grey detail in one cell (a tip's title and its message).</summary>
    public static Markup TitleAndDetail(string? title, string? detail) =>
        Styled(Markup.Escape(Printable.Of(title)) + "\n[grey]" + Markup.Escape(Printable.Of(detail)) + "[/]");

    /// <summary>Text that is already markup, its texts made printable (colours from <see cref="Colours"/>).</summary>
    public static Markup Styled(string markup) => new(markup) { Overflow = Overflow.Ellipsis };

    /// <summary>A row of plain texts.</summary>
    public static void Row(Table table, params string?[] texts) => table.AddRow(texts.Select(Text).ToArray());

    /// <summary>A run's heading: a rule, then the title wrapped at spaces (a rule's own title would be cut at 80 columns).</summary>
    public static void Heading(IAnsiConsole console, string title)
    {
        console.Write(new Rule());
        console.Write(new Markup("[bold]" + Markup.Escape(Printable.Of(title, int.MaxValue)) + "[/]\n"));
    }

    /// <summary>A line under the table (its caption), e.g. what was left out and how to see it.</summary>
    public static void Note(Table table, string text) => table.Caption = new TableTitle(Markup.Escape(Printable.Of(text)));
}
