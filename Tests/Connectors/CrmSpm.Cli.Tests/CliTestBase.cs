using System.CommandLine;
using CrmSpm.Cli.Commands;
using Spectre.Console;

namespace CrmSpm.Cli.Tests;

/// <summary>
/// Runs CLI commands against a plain, non-interactive console that writes to a string, which is also what
/// a redirected stdout looks like: no colours, no terminal.
/// </summary>
public abstract class CliTestBase
{
    protected static (int ExitCode, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        var root = new RootCommand("test");
        root.Subcommands.Add(DemoCommand.Create(console));
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
        return (exitCode, writer.ToString());
    }
}
