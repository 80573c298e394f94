using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using CrmSpm.Cli.Evaluate;
using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Sync;
using Spectre.Console;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// <c>crmspm evaluate</c>: would scoring work on this data? Imports an export as <c>import</c> does, then runs the
/// time-ordered test of <see cref="CutOffEvaluation"/> and prints it in plain words at 80 columns; <c>--out</c> also
/// writes calibration.svg and roc.svg. Exit codes: 0 done, 2 a bad mapping, file or option, 1 too little data.
/// </summary>
public static class EvaluateCommand
{
    private const string CutOffName = "--cutoff";

    /// <summary>The files <c>--out</c> gets.</summary>
    private static readonly string[] Charts = { "calibration.svg", "roc.svg" };

    /// <summary>
    /// Builds the command; <paramref name="console"/> defaults to the process console and <paramref name="progress"/>
    /// to stderr when it is a terminal (tests pass their own).
    /// </summary>
    public static Command Create(IAnsiConsole? console = null, Func<RunProgress>? progress = null)
    {
        var inputs = new ImportInputs();
        var cutOff = new Option<string?>(CutOffName) { Description = "Train on deals closed before this date (yyyy-MM-dd); default: leave the last third of closed deals for the test." };
        var output = OutOption.Create("Directory to write calibration.svg and roc.svg to.", Charts);
        var command = new Command("evaluate", "Test how well the deal score would have predicted your own deals: ROC AUC, Brier and calibration beside the base rate and two baselines.");
        inputs.AddTo(command);
        command.Options.Add(cutOff);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var screen = console ?? Screen.ForProcess();
            using var shown = progress?.Invoke() ?? (console == null ? RunProgress.ForConsole() : null);
            try
            {
                var loaded = inputs.Load(parse, shown);
                shown?.Clear();
                new ImportRunner(screen, loaded.Clock).PrintSummary(loaded.Result.Summary, loaded.MappingName, loaded.Parser.CultureName);
                var snapshot = loaded.Result.Snapshot;
                var when = CutOffFor(parse.GetValue(cutOff)) ?? CutOffEvaluation.DefaultCutOff(snapshot);
                shown?.Step("training and testing the deal score and the baselines");
                var outcome = new CutOffEvaluation(ScoringProfile.Default).Run(snapshot, when);
                shown?.Clear();
                screen.WriteLine();
                foreach (var line in EvaluationReport.Lines(outcome, Path.GetFileName(loaded.Files.Opportunities), Reproduce(parse, outcome.CutOff)))
                {
                    screen.WriteLine(line);
                }

                var directory = parse.GetValue(output);
                if (directory != null)
                {
                    screen.WriteLine(OutputDirectory.Write(directory, new[]
                    {
                        new OutputFile(Charts[0], SvgCharts.Calibration(EvaluationReport.Calibration(outcome.Models[0].Forecasts, outcome.Outcomes), "Calibration of the " + CutOffEvaluation.Ours)),
                        new OutputFile(Charts[1], SvgCharts.Roc(outcome.Models, outcome.Outcomes, "ROC curves on the test deals")),
                    }));
                }

                return SyncExitCodes.Success;
            }
            catch (ImportConfigurationException e)
            {
                error.WriteLine(e.Message);
                return SyncExitCodes.ConfigProblem;
            }
            catch (EvaluationDataException e)
            {
                error.WriteLine(e.Message);
                return SyncExitCodes.SalesforceError;
            }
            catch (Exception e)
            {
                // Plain words on stderr, never a stack trace (README.md, exit codes).
                error.WriteLine("The evaluation stopped: " + e.Message);
                return SyncExitCodes.SalesforceError;
            }
        });
        return command;
    }

    /// <summary>The command line that ran (from the words after the program's name) with the cutoff it used, to reproduce the report.</summary>
    internal static IReadOnlyList<string> Reproduce(ParseResult parse, DateTime cutOff)
    {
        var words = new List<string> { "crmspm" };
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Value == CutOffName)
            {
                i++; // its value follows; the cutoff used is added below
                continue;
            }

            words.Add(tokens[i].Value);
        }

        words.Add(CutOffName);
        words.Add(cutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return words;
    }

    private static DateTime? CutOffFor(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new ImportConfigurationException("--cutoff must be a date like 2026-06-30.");
    }
}
