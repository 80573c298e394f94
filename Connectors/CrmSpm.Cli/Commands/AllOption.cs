using System.CommandLine;
using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Commands;

/// <summary><c>--all</c> for the commands that print the tables (demo, import).</summary>
internal static class AllOption
{
    public static Option<bool> Create() => new(TableLimits.AllOption)
    {
        Description = "Show every row: all reps, practices, tips, open deals and posts (by default each table shows a screenful, most need first, and says what it left out).",
    };
}
