namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>Every table of the demo reads at 80 columns: no line longer, no word broken across lines.</summary>
public class TableWidthTests : CliTestBase
{
    [TestCase("demo", "--seed", "7", "--reps", "8", "--deals-per-rep", "15", "--now", "2026-11-15", "--tips", "3")]
    [TestCase("demo", "--core-only", "--seed", "7", "--reps", "8", "--deals-per-rep", "25", "--now", "2026-11-15", "--tips", "3")]
    public void Demo_At80Columns_Should_FitEveryLineAndBreakNoWord(params string[] args)
    {
        // Act: the same run at 80 columns and at 400, where nothing needs to wrap.
        var narrow = RunAt(80, args);
        var wide = RunAt(400, args);

        // Assert
        Assert.That(narrow.ExitCode, Is.EqualTo(0), narrow.Output);
        Assert.That(Layout.LinesWiderThan(narrow.Output, 80), Is.Empty);
        Assert.That(Layout.BrokenWords(narrow.Output, wide.Output), Is.Empty, narrow.Output);
        Assert.That(narrow.Output, Does.Contain("Team scorecard 2026-11").And.Contain("Why each tier").And.Contain("Coaching queue").And.Contain("Deal scores"));
    }
}
