using CrmSpm.Cli.Commands;

namespace CrmSpm.Cli.Tests;

/// <summary>Text we did not write prints on one line with every character visible (ConsoleText).</summary>
public sealed class ConsoleTextTests
{
    [TestCase("plain Größe 12 %", "plain Größe 12 %")]
    [TestCase("a\tb\u0000c\u007fd", @"a\tb\u0000c\u007Fd")]
    [TestCase("line\u2028sep\u2029para\u0085next", @"line\u2028sep\u2029para\u0085next")]
    [TestCase("\u202Aembed\u2066isolate\u200Fmark", @"\u202Aembed\u2066isolate\u200Fmark")]
    [TestCase("[bold]x[/]", "[[bold]]x[[/]]")]
    [TestCase("👍\u200D family", "👍\u200D family")]
    public void Line_Should_EscapeControlSeparatorAndBidiCharactersAndMarkupOnly(string text, string expected)
    {
        // The zero-width joiner of emoji sequences (U+200D) is no direction control: it stays.
        Assert.That(ConsoleText.Line(text), Is.EqualTo(expected));
    }
}
