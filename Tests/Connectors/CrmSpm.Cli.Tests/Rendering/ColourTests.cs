using System.CommandLine;
using CrmSpm.Cli.Commands;
using CrmSpm.Cli.Rendering;
using Spectre.Console;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>Colour for tiers and severities on a terminal only, and never with NO_COLOR set (https://no-color.org).</summary>
public class ColourTests : CliTestBase
{
    private static readonly string[] SmallOrg = { "demo", "--core-only", "--seed", "7", "--reps", "8", "--deals-per-rep", "25", "--now", "2026-11-15", "--tips", "3" };

    [TestCase(true, null, true)]
    [TestCase(true, "", true)] // an empty NO_COLOR does not count
    [TestCase(true, "1", false)]
    [TestCase(false, null, false)]
    public void Colour_Should_BeOnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, bool expected)
    {
        Assert.That(Screen.Colour(terminal, noColor), Is.EqualTo(expected));
    }

    [Test]
    public void Demo_OnAColourTerminal_Should_ColourTiersAndSeveritiesAndOtherwisePrintThePlainText()
    {
        // Arrange: a terminal with the 16 standard colours.
        var writer = new StringWriter();
        var terminal = TestConsole(writer, AnsiSupport.Yes, ColorSystemSupport.Standard);

        // Act
        var exitCode = Invoke(terminal, writer, SmallOrg);
        var plain = Run(SmallOrg);

        // Assert: A green (32), B and C in colour, High tips in colour; the text itself is the plain run's.
        Assert.That(exitCode, Is.EqualTo(0), writer.ToString());
        Assert.That(writer.ToString(), Does.Contain("\u001b[32mA\u001b[0m"));
        foreach (var word in new[] { "B", "C", "High" })
        {
            Assert.That(writer.ToString(), Does.Match("\u001b\\[(3|9)[0-9]m" + word + "\u001b\\[0m"), word);
        }

        Assert.That(Layout.Plain(writer.ToString()), Is.EqualTo(plain.Output));
    }

    [TestCase(true, "1")]
    [TestCase(false, null)]
    public void Demo_WithNoColorOrRedirected_Should_PrintNoColour(bool terminal, string? noColor)
    {
        // Arrange: the console the process would get.
        var writer = new StringWriter();
        var console = Screen.Create(writer, terminal, noColor);
        console.Profile.Width = 160;

        // Act
        var exitCode = Invoke(console, writer, SmallOrg);

        // Assert: no foreground colour code (30–37, 38;…, 90–97).
        Assert.That(exitCode, Is.EqualTo(0), writer.ToString());
        Assert.That(writer.ToString(), Does.Not.Match("\u001b\\[(3|9)[0-9]"));
    }

    private static int Invoke(IAnsiConsole console, StringWriter writer, string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(DemoCommand.Create(console));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }
}
