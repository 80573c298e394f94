using System.CommandLine;
using CrmSpm.Cli.Commands;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>The help text at 80 columns, as a redirected stdout gets it: no line longer, no word broken.</summary>
public class HelpWidthTests
{
    [TestCase("demo")]
    [TestCase("import")]
    [TestCase("evaluate")]
    [TestCase("salesforce", "sync")]
    public void Help_FittedToEightyColumns_Should_WrapAtSpacesOnly(params string[] command)
    {
        // Act: the same help at 80 columns and at 1,000, where nothing wraps.
        var narrow = Help(80, command);
        var wide = Help(1_000, command);

        // Assert
        Assert.That(Layout.LinesWiderThan(narrow, 80), Is.Empty, narrow);
        Assert.That(Layout.LinesWiderThan(wide, 80), Is.Not.Empty, "the options' descriptions are longer than a line");
        Assert.That(Layout.BrokenWords(narrow, wide), Is.Empty, narrow);
        Assert.That(narrow, Does.Contain("Options:"));
    }

    private static string Help(int width, string[] command)
    {
        var root = new RootCommand("CrmSpm");
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(SalesforceCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        CommandLine.FitHelp(root, width);
        var output = new StringWriter();
        var exitCode = CommandLine.Invoke(root, command.Append("--help").ToArray(), new InvocationConfiguration { Output = output, Error = output });
        Assert.That(exitCode, Is.EqualTo(0), output.ToString());
        return output.ToString();
    }
}
