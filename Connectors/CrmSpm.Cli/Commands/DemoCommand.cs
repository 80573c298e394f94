using System;
using System.CommandLine;
using System.Globalization;
using CrmSpm.Cli.Demo;
using CrmSpm.Core.Time;
using Spectre.Console;

namespace CrmSpm.Cli.Commands;

/// <summary><c>crmspm demo</c>: scores a generated sales org with Core and prints the results as tables.</summary>
public static class DemoCommand
{
    private const int RedirectedWidth = 150;

    /// <summary>Builds the command; <paramref name="console"/> defaults to the process console (tests pass their own).</summary>
    public static Command Create(IAnsiConsole? console = null)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generated org; the same seed gives the same org.", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
        var reps = new Option<int>("--reps") { Description = "Number of reps.", DefaultValueFactory = _ => DemoOptions.DefaultReps };
        var deals = new Option<int>("--deals-per-rep") { Description = "Opportunities per rep.", DefaultValueFactory = _ => DemoOptions.DefaultDealsPerRep };
        var tips = new Option<int>("--tips") { Description = "How many coaching tips to print.", DefaultValueFactory = _ => DemoOptions.DefaultTips };
        var now = new Option<string?>("--now") { Description = "The org's 'now' as an ISO date (yyyy-MM-dd); default: today." };

        var command = new Command("demo", "Generate a sales org, score it and print the team scorecard, A-tier practices, coaching queue and tips.");
        command.Options.Add(seed);
        command.Options.Add(reps);
        command.Options.Add(deals);
        command.Options.Add(tips);
        command.Options.Add(now);
        command.SetAction(parse =>
        {
            var output = console ?? AnsiConsole.Console;
            var options = new DemoOptions
            {
                Seed = parse.GetValue(seed),
                Reps = parse.GetValue(reps),
                DealsPerRep = parse.GetValue(deals),
                Tips = parse.GetValue(tips),
            };
            var clock = ClockFor(parse.GetValue(now));
            var problem = options.Validate() ?? (clock == null ? "--now must be a date like 2026-11-15." : null);
            if (problem != null)
            {
                output.MarkupLine("[red]" + Markup.Escape(problem) + "[/]");
                return 2;
            }

            if (console == null && Console.IsOutputRedirected)
            {
                // Redirected output has no terminal width; Spectre would assume 80 columns and wrap every table.
                output.Profile.Width = RedirectedWidth;
            }

            new DemoRunner(output, clock!).Run(options);
            return 0;
        });
        return command;
    }

    /// <summary>A fixed clock at noon UTC of the given date, or the system clock when no date is given; null when unreadable.</summary>
    private static IClock? ClockFor(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SystemClock.Instance;
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new FixedClock(date.AddHours(12))
            : null;
    }
}
