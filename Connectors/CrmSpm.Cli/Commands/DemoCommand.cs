using System;
using System.CommandLine;
using System.Globalization;
using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Cli.Rendering;
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
    /// <summary>
    /// Builds the command; <paramref name="console"/> defaults to the process console and <paramref name="progress"/>
    /// to stderr when it is a terminal (tests pass their own).
    /// </summary>
    public static Command Create(IAnsiConsole? console = null, Func<RunProgress>? progress = null)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generated org; the same seed gives the same org.", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
        var reps = new Option<int>("--reps") { Description = "Number of reps.", DefaultValueFactory = _ => DemoOptions.DefaultReps };
        var deals = new Option<int>("--deals-per-rep") { Description = "Opportunities per rep.", DefaultValueFactory = _ => DemoOptions.DefaultDealsPerRep };
        var tips = new Option<int>("--tips") { Description = "How many coaching tips to print.", DefaultValueFactory = _ => DemoOptions.DefaultTips };
        var now = NowOption.Create(DemoOptions.DefaultNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", inside the generated history");
        var coreOnly = new Option<bool>("--core-only") { Description = "Score the generated org with Core alone, without the plugins and the embedded org." };
        var serve = new Option<bool>("--serve") { Description = "After the replay, serve the panels over the demo org at http://127.0.0.1:<port> until Ctrl+C." };
        var port = new Option<int>("--port") { Description = "Port for --serve (default: a free one)." };
        var all = AllOption.Create();

        var command = new Command("demo", "Generate a sales org, replay it through the plugins in an embedded Dataverse org and print the team scorecard, A-tier practices, coaching queue, tips and recognition.");
        command.Options.Add(seed);
        command.Options.Add(reps);
        command.Options.Add(deals);
        command.Options.Add(tips);
        command.Options.Add(now);
        command.Options.Add(coreOnly);
        command.Options.Add(serve);
        command.Options.Add(port);
        command.Options.Add(all);
        command.SetAction(parse =>
        {
            var output = console ?? Screen.ForProcess();
            var options = new DemoOptions
            {
                Seed = parse.GetValue(seed),
                Reps = parse.GetValue(reps),
                DealsPerRep = parse.GetValue(deals),
                Tips = parse.GetValue(tips),
                CoreOnly = parse.GetValue(coreOnly),
                All = parse.GetValue(all),
            };
            var clock = NowOption.Read(parse.GetValue(now), () => new FixedClock(DemoOptions.DefaultNow));
            var webResources = parse.GetValue(serve) ? DemoServe.FindWebResources() : null;
            var problem = options.Validate() ?? (clock == null ? NowOption.Problem : null)
                ?? ServeProblem(parse.GetValue(serve), options.CoreOnly, parse.GetValue(port), webResources);
            if (problem != null)
            {
                // Errors on stderr in plain words, as every command (README.md, exit codes).
                parse.InvocationConfiguration.Error.WriteLine(problem);
                return 2;
            }

            using var shown = progress?.Invoke() ?? (console == null ? RunProgress.ForConsole() : null);
            if (options.CoreOnly)
            {
                new CoreDemoRunner(output, clock!, shown).Run(options);
                return 0;
            }

            var result = new DataverseDemoRunner(output, clock!, shown).Run(options);
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
}
