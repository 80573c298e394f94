using System.Globalization;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>The latest recognition posts on the deals' timelines.</summary>
internal static class RecognitionTable
{
    public const string Title = "Recognition posts";
    public const int MaxRows = 5;

    public static Table Build(OrgReadBack readBack, TableLimits limits)
    {
        var shown = limits.Take(readBack.Posts, MaxRows);
        var table = Cells.Table(Title + " (latest " + shown.Count + " of " + readBack.Posts.Count + ")", "Posted", "Text");
        foreach (var post in shown)
        {
            Cells.Row(table, post.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), post.Text);
        }

        if (readBack.Posts.Count == 0)
        {
            Cells.Note(table, "No rep reached a milestone yet.");
        }

        if (TableLimits.LeftOut(readBack.Posts.Count, shown.Count, "posts", "older ones") is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }
}
