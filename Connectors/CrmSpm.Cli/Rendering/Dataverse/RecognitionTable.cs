using System.Globalization;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>The latest recognition posts on the deals' timelines.</summary>
internal static class RecognitionTable
{
    public const string Title = "Recognition posts";
    private const int MaxRows = 5;

    public static Table Build(OrgReadBack readBack)
    {
        var table = new Table { Title = new TableTitle(Title + " (latest " + System.Math.Min(MaxRows, readBack.Posts.Count) + " of " + readBack.Posts.Count + ")"), Border = TableBorder.Rounded };
        table.AddColumns("Posted", "Text");
        foreach (var post in readBack.Posts.Take(MaxRows))
        {
            table.AddRow(post.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(post.Text));
        }

        if (readBack.Posts.Count == 0)
        {
            table.AddRow(Format.Missing, "No rep reached a milestone yet.");
        }

        return table;
    }
}
