using System;
using System.CommandLine;
using System.Globalization;
using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Cli.Serve;
using CrmSpm.Core.Time;
using Spectre.Console;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// <c>crmspm demo</c>: generates a sales org, runs it through CrmSpm's plugins in an embedded Dataverse org and prints
/// what they wrote back; <c>--core-only</c> scores the same org with Core alone.
/// </summary>
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
        var coreOnly = new Option<bool>("--core-only") { Description = "Score the generated org with Core alone, without the plugins and the embedded org." };
        var serve = new Option<bool>("--serve") { Description = "After the replay, serve the panels over the demo org at http://127.0.0.1:<port> until Ctrl+C." };
        var port = new Option<int>("--port") { Description = "Port for --serve (default: a free one)." };

        var command = new Command("demo", "Generate a sales org, replay it through the plugins in an embedded Dataverse org and print the team scorecard, A-tier practices, coaching queue, tips and recognition.");
        command.Options.Add(seed);
        command.Options.Add(reps);
        command.Options.Add(deals);
        command.Options.Add(tips);
        command.Options.Add(now);
        command.Options.Add(coreOnly);
        command.Options.Add(serve);
        command.Options.Add(port);
        command.SetAction(parse =>
        {
            var output = console ?? AnsiConsole.Console;
            var options = new DemoOptions
            {
                Seed = parse.GetValue(seed),
                Reps = parse.GetValue(reps),
                DealsPerRep = parse.GetValue(deals),
                Tips = parse.GetValue(tips),
                CoreOnly = parse.GetValue(coreOnly),
            };
            var clock = ClockFor(parse.GetValue(now));
            var webResources = parse.GetValue(serve) ? DemoServe.FindWebResources() : null;
            var problem = options.Validate() ?? (clock == null ? "--now must be a date like 2026-11-15." : null)
                ?? ServeProblem(parse.GetValue(serve), options.CoreOnly, parse.GetValue(port), webResources);
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

            if (options.CoreOnly)
            {
                new CoreDemoRunner(output, clock!).Run(options);
                return 0;
            }

            var result = new DataverseDemoRunner(output, clock!).Run(options);
            if (webResources != null)
            {
                return DemoServe.Run(output, result.Org, webResources, parse.GetValue(port));
            }

            return result.AsyncFailures == 0 ? 0 : 1;
        });
        return command;
    }

    private static string? ServeProblem(bool serve, bool coreOnly, int port, string? webResources)
    {
        if (!serve)
        {
            return port != 0 ? "--port goes with --serve." : null;
        }

        if (coreOnly)
        {
            return "--serve needs the embedded org: leave out --core-only.";
        }

        return port is < 0 or > 65535 ? "--port must be between 1 and 65535 (or left out for a free port)." : DemoServe.Problem(webResources);
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
