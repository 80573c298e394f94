using System;
using System.CommandLine;
using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Cli.Rendering;
using CrmSpm.Salesforce.Sync;
using Spectre.Console;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// <c>crmspm import</c>: loads a CRM export (CSV files and a column mapping) and runs it through the plugins in an
/// embedded Dataverse org, or through Core alone with <c>--core-only</c>, printing what the demo prints.
/// Exit codes: <see cref="SyncExitCodes"/> (0 done, 2 a bad mapping, file or option, 1 anything else).
/// </summary>
public static class ImportCommand
{
    /// <summary>
    /// Builds the command; <paramref name="console"/> defaults to the process console and <paramref name="progress"/>
    /// to stderr when it is a terminal (tests pass their own).
    /// </summary>
    public static Command Create(IAnsiConsole? console = null, Func<RunProgress>? progress = null)
    {
        var inputs = new ImportInputs();
        var coreOnly = new Option<bool>("--core-only") { Description = "Score with Core alone, without the plugins and the embedded org (for large files)." };
        var tips = new Option<int>("--tips") { Description = "How many coaching tips to print.", DefaultValueFactory = _ => DemoOptions.DefaultTips };
        var output = OutOption.Create("Directory to write scorecards, tips, deal scores and data issues to, as JSON and CSV.", Import.Output.ExportWriter.FileNames);
        var all = AllOption.Create();
        var command = new Command("import", "Load a CRM export (CSV files) and run it through CrmSpm as the demo does: scorecards, practices, coaching queue, tips and deal scores.");
        inputs.AddTo(command);
        command.Options.Add(coreOnly);
        command.Options.Add(tips);
        command.Options.Add(output);
        command.Options.Add(all);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var screen = console ?? Screen.ForProcess();
            using var shown = progress?.Invoke() ?? (console == null ? RunProgress.ForConsole() : null);
            try
            {
                var loaded = inputs.Load(parse, shown);
                shown?.Clear();
                var runner = new ImportRunner(screen, loaded.Clock, shown);
                runner.PrintSummary(loaded.Result.Summary, loaded.MappingName, loaded.Parser.CultureName, parse.GetValue(all));
                var deals = loaded.Result.Snapshot.Opportunities.Count;
                if (!parse.GetValue(coreOnly) && deals > DemoOptions.MaxReplayedDeals)
                {
                    throw new ImportConfigurationException(deals + " opportunities is more than the " + DemoOptions.MaxReplayedDeals +
                        " replayed through the plugins; add --core-only to score them with Core alone.");
                }

                if (parse.GetValue(tips) is < 0 or > 1_000)
                {
                    throw new ImportConfigurationException("--tips must be between 0 and 1000.");
                }

                return runner.Run(loaded.Result.Snapshot, loaded.Result.Summary, parse.GetValue(coreOnly), new TableLimits(parse.GetValue(tips), parse.GetValue(all)), parse.GetValue(output),
                    loaded.Profile);
            }
            catch (ImportConfigurationException e)
            {
                error.WriteLine(e.Message);
                return SyncExitCodes.ConfigProblem;
            }
            catch (Exception e)
            {
                // Plain words on stderr, never a stack trace (README.md, exit codes).
                error.WriteLine("The import stopped: " + e.Message);
                return SyncExitCodes.SalesforceError;
            }
        });
        return command;
    }
}
