using System.Text.RegularExpressions;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>
/// A scorecard longer than a screenful: most need first, saying what it left out and how to see it; <c>--all</c>
/// shows every rep.
/// </summary>
public class AllOptionTests : CliTestBase
{
    private static readonly string[] ThirtyReps = { "demo", "--core-only", "--seed", "5", "--reps", "30", "--deals-per-rep", "20", "--now", "2026-11-15", "--tips", "2" };
    private static readonly Dictionary<string, int> Need = new() { ["C"] = 0, ["B"] = 1, ["A"] = 2, ["–"] = 3 };

    [Test]
    public void Scorecard_ThirtyReps_Should_ShowTheQueueFirstAndSayWhichFiveWereLeftOut()
    {
        // Act
        var shortened = Run(ThirtyReps);
        var all = Run(ThirtyReps.Append("--all").ToArray());

        // Assert: 25 of 30 rows (MaxRows), the same note under the scorecard, the habits and the tier reasons
        // (a note wraps at the table's width, so spaces and line breaks count as one).
        Assert.That(shortened.ExitCode, Is.EqualTo(0), shortened.Output);
        var shown = Rows(shortened.Output, "Team scorecard");
        var every = Rows(all.Output, "Team scorecard");
        var queue = Rows(shortened.Output, "Coaching queue").Select(r => r[1]).ToList();
        Assert.That(shown, Has.Count.EqualTo(25));
        Assert.That(every, Has.Count.EqualTo(30));
        Assert.That(Occurrences(Regex.Replace(shortened.Output, @"\s+", " "), "… and 5 more reps (outside the coaching queue, highest tiers): --all shows them."), Is.EqualTo(3));

        // Most need first: the queue in its rank order, then the rest from the lowest tier; the five left out are
        // outside the queue and in no lower tier than any rep shown outside it.
        Assert.That(queue, Is.Not.Empty);
        Assert.That(shown.Take(queue.Count).Select(r => r[0]), Is.EqualTo(queue));
        var hidden = every.Where(r => shown.All(s => s[0] != r[0])).ToList();
        var shownOutsideQueue = shown.Skip(queue.Count).Select(r => Need[r[1]]).ToList();
        Assert.That(hidden.Select(r => r[0]), Has.None.AnyOf(queue.ToArray()));
        Assert.That(hidden.Select(r => Need[r[1]]), Has.All.GreaterThanOrEqualTo(shownOutsideQueue.Max()));
        Assert.That(shownOutsideQueue, Is.Ordered);
    }

    [Test]
    public void All_Should_ShowEveryRowAndNoLeftOutNote()
    {
        // Act
        var (exitCode, output) = Run(ThirtyReps.Append("--all").ToArray());

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(Rows(output, "Why each tier"), Has.Count.EqualTo(30));
        Assert.That(output, Does.Not.Contain("more reps"));
        Assert.That(output, Does.Not.Contain("--all shows them"));
        Assert.That(output, Does.Match(@"Coaching tips \((\d+) of \1\)"), "every tip");
    }

    /// <summary>The cells of the rows of the table titled <paramref name="title"/>: a row starts with a non-blank first cell.</summary>
    private static List<string[]> Rows(string output, string title)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.TrimStart().StartsWith(title, StringComparison.Ordinal));
        var header = lines.FindIndex(start, l => l.StartsWith("├", StringComparison.Ordinal));
        var rows = new List<string[]>();
        for (var i = header + 1; i < lines.Count && lines[i].StartsWith("│", StringComparison.Ordinal); i++)
        {
            var cells = lines[i].Trim('│').Split('│').Select(c => c.Trim()).ToArray();
            if (cells[0].Length > 0)
            {
                rows.Add(cells);
            }
        }

        return rows;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
