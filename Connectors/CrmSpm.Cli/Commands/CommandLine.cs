using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using CrmSpm.Salesforce.Sync;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// Parses and runs a command line with the exit codes of README.md: a usage error (unknown option, missing
/// value) prints what is wrong and where to find help on stderr, without the whole help text, and exits 2.
/// </summary>
public static class CommandLine
{
    public static int Invoke(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (configuration is null && Console.IsOutputRedirected)
        {
            // Redirected, the help would be one line per option (its width is the window's, or none): 80 as the tables.
            FitHelp(root, Rendering.Screen.RedirectedWidth);
        }

        var result = root.Parse(args);
        if (result.Errors.Count == 0)
        {
            return configuration is null ? result.Invoke() : result.Invoke(configuration);
        }

        var error = configuration?.Error ?? System.Console.Error;
        foreach (var problem in result.Errors.Select(e => e.Message).Distinct())
        {
            error.WriteLine(problem);
        }

        var names = new List<string>();
        for (SymbolResult? symbol = result.CommandResult; symbol is CommandResult command; symbol = command.Parent)
        {
            names.Insert(0, ReferenceEquals(command.Command, root) ? "crmspm" : command.Command.Name);
        }

        error.WriteLine($"Run '{string.Join(" ", names)} --help' to see the options.");
        return SyncExitCodes.ConfigProblem;
    }

    /// <summary>Lays the help text of <paramref name="root"/> and its commands out at <paramref name="width"/> columns, wrapped at spaces.</summary>
    public static void FitHelp(RootCommand root, int width)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var help in root.Options.OfType<HelpOption>().Select(o => o.Action).OfType<HelpAction>())
        {
            help.MaxWidth = width;
        }
    }
}
