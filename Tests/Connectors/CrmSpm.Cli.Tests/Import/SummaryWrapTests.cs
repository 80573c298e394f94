using CrmSpm.Cli.Import;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>The import summary's lines at 80 columns: broken at spaces only, continued two spaces further in.</summary>
public class SummaryWrapTests
{
    [Test]
    public void Wrapped_LongLine_Should_BreakBetweenWordsAtEightyColumns()
    {
        // Arrange: "  " + 15 words of 5 letters is 2 + 15 × 6 − 1 = 91 columns; 13 words fit in 2 + 13 × 6 − 1 = 79.
        var text = string.Join(" ", Enumerable.Range(0, 15).Select(i => "word" + (char)('a' + i)));

        // Act
        var lines = ImportRunner.Wrapped(text, "  ").ToList();

        // Assert
        Assert.That(lines, Is.EqualTo(new[]
        {
            "  worda wordb wordc wordd worde wordf wordg wordh wordi wordj wordk wordl wordm",
            "    wordn wordo",
        }));
    }

    [Test]
    public void Wrapped_WordLongerThanALine_Should_StayWholeOnItsOwnLine()
    {
        // Arrange
        var path = new string('x', 90);

        // Act
        var lines = ImportRunner.Wrapped("file " + path + " end", "  ").ToList();

        // Assert: never broken mid-word, even past 80 columns.
        Assert.That(lines, Is.EqualTo(new[] { "  file", "    " + path, "    end" }));
    }
}
