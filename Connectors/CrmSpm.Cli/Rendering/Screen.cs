using System;
using System.IO;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// The process's console for the tables: colour only on a terminal and never with NO_COLOR set
/// (https://no-color.org); redirected (a file, a pipe, a CI log), plain text at <see cref="RedirectedWidth"/> columns.
/// </summary>
public static class Screen
{
    /// <summary>The width of redirected output: the tables are laid out to read well at 80 columns.</summary>
    public const int RedirectedWidth = 80;

    /// <summary>The console on stdout, as the commands use it.</summary>
    public static IAnsiConsole ForProcess() =>
        Create(Console.Out, terminal: !Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Whether to colour: on a terminal, unless NO_COLOR is set to anything but an empty string.</summary>
    public static bool Colour(bool terminal, string? noColor) => terminal && string.IsNullOrEmpty(noColor);

    /// <summary>A console writing to <paramref name="writer"/>; <paramref name="terminal"/> false is a redirected stream.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal, string? noColor)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Colour(terminal, noColor) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
