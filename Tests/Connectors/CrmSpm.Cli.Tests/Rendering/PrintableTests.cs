using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Time;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>
/// Hostile text from people's data (escape sequences of ECMA-48, control characters, line breaks, bidirectional
/// overrides, https://www.unicode.org/reports/tr9/, and very long names) never reaches the terminal or breaks a table.
/// </summary>
public class PrintableTests : CliTestBase
{
    /// <summary>Clears the screen, retitles the terminal, breaks the line and flips the rest right to left.</summary>
    private const string HostileName = "\u001b[2J\u001b]0;pwned\u0007Ann\r\nExample\t\u202eevil\u001b[0m";

    [TestCase("Ann Example", "Ann Example")]
    [TestCase("\u001b[31mred\u001b[0m", "red")] // CSI colour
    [TestCase("\u001b[2J\u001b[Hhome", "home")] // clear screen, cursor home
    [TestCase("\u001b]0;title\u0007name", "name")] // OSC window title ended by BEL
    [TestCase("\u001b]8;;http://x.example\u001b\\link\u001b]8;;\u001b\\", "link")] // OSC 8 hyperlink ended by ESC \
    [TestCase("\u001bcreset", "reset")] // ESC c: full reset
    [TestCase("\u009b31mC1 CSI", "C1 CSI")]
    [TestCase("two\r\nlines\there", "two lines here")]
    [TestCase("a\u0000b\u0007c\u007fd", "a b c d")]
    [TestCase("  spaced   out  ", "spaced out")]
    [TestCase("\u202eevil\u202c \u2066x\u2069", "evil x")] // bidi overrides and isolates dropped
    [TestCase("Zoë Ærø 日本 😀", "Zoë Ærø 日本 😀")] // letters and a surrogate pair kept
    [TestCase("unfinished \u001b[31", "unfinished")]
    [TestCase(null, "")]
    public void Of_Should_KeepOnlyPrintableTextOnOneLine(string? text, string expected)
    {
        Assert.That(Printable.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void Of_ALoneSurrogate_Should_BeDropped()
    {
        // (in code, not an attribute: metadata cannot hold half a pair)
        Assert.That(Printable.Of("lone " + '\ud800' + " surrogate " + '\udc00'), Is.EqualTo("lone surrogate"));
    }

    [Test]
    public void Of_ALongText_Should_EndInAnEllipsisAtTheMaximum()
    {
        // Arrange: 5,000 characters, and a pair that the cut would split (199 'a' then 😀 at 199–200).
        var longText = new string('x', 5_000);
        var pairAtCut = new string('a', Printable.MaxLength - 2) + "😀tail";

        // Act
        var cut = Printable.Of(longText);
        var pair = Printable.Of(pairAtCut);

        // Assert: 199 'x' and "…"; the pair is dropped whole, not halved.
        Assert.That(cut, Is.EqualTo(new string('x', Printable.MaxLength - 1) + "…"));
        Assert.That(pair, Is.EqualTo(new string('a', Printable.MaxLength - 2) + "…"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Demo_OnHostileNames_Should_PrintThemAsPlainTextInsideEightyColumns(bool throughTheOrg)
    {
        // Arrange: the tiny org with a hostile rep name, a 5,000-character deal name and a NUL in the other deal's.
        var org = TinyOrg();
        org.Reps[0].Name = HostileName;
        org.Opportunities[0].Name = "Won " + new string('x', 5_000);
        org.Opportunities[1].Name = "Open\u0000deal\u001b[31m";
        var writer = new StringWriter();
        var console = PlainConsole(writer);
        console.Profile.Width = 80;
        var limits = new TableLimits(DemoOptions.DefaultTips, All: true);

        // Act
        if (throughTheOrg)
        {
            new DataverseDemoRunner(console, new FixedClock(Now)).Run(org, "hostile", limits);
        }
        else
        {
            new CoreDemoRunner(console, new FixedClock(Now)).Run(org, "hostile", limits);
        }

        // Assert: no escape or control character but line ends, no line past 80, the names as plain words.
        var output = writer.ToString();
        // (ordinal checks: a culture's comparison ignores control characters, so it would find them in any text)
        Assert.That(output.Where(c => (char.IsControl(c) && c != '\n' && c != '\r') || c == '\u202e'), Is.Empty);
        Assert.That(output.Contains("pwned", StringComparison.Ordinal), Is.False);
        Assert.That(Layout.LinesWiderThan(output, 80), Is.Empty, output);
        Assert.That(output, Does.Contain("Ann Example evil").And.Contain("Open deal"));
        Assert.That(output, Does.Not.Contain(new string('x', Printable.MaxLength)));
    }
}
