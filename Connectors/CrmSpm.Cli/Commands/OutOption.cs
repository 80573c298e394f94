using System.Collections.Generic;
using System.CommandLine;
using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// <c>--out DIR</c> for the commands that write files (import, evaluate): checked while the command line is parsed,
/// so a file given as the directory, or another tool's file in the way, is a usage error (exit code 2) before a long run.
/// </summary>
internal static class OutOption
{
    public static Option<string?> Create(string description, IReadOnlyList<string> files)
    {
        var option = new Option<string?>("--out") { Description = description + " A missing directory is created; files crmspm did not write are never overwritten." };
        option.Validators.Add(result =>
        {
            if (OutputDirectory.Problem(result.GetValueOrDefault<string?>(), files) is { } problem)
            {
                result.AddError(problem);
            }
        });
        return option;
    }
}
