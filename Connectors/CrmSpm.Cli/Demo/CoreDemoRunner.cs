using System;
using System.Globalization;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using Spectre.Console;

namespace CrmSpm.Cli.Demo;

/// <summary><c>crmspm demo --core-only</c>: generates an org, scores it with Core and the default profile, and writes the tables to a console.</summary>
public sealed class CoreDemoRunner
{
    private readonly IAnsiConsole console;
    private readonly IClock clock;

    /// <summary>Creates a runner writing to <paramref name="console"/> with "now" from <paramref name="clock"/>.</summary>
    public CoreDemoRunner(IAnsiConsole console, IClock clock)
    {
        this.console = console ?? throw new ArgumentNullException(nameof(console));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Runs the demo and returns the scoring result (tests inspect it).</summary>
    public ScoringResult Run(DemoOptions options)
    {
        var snapshot = new SalesOrgGenerator(new GeneratorOptions
        {
            Seed = options.Seed,
            Reps = options.Reps,
            OpportunitiesPerRep = options.DealsPerRep,
            Now = clock.UtcNow,
        }).Generate();
        var result = new ScoringEngine(ScoringProfile.Default, clock).Score(snapshot);

        console.Write(new Rule(string.Format(CultureInfo.InvariantCulture,
            "CrmSpm demo: {0} reps, {1} opportunities, {2} activities (seed {3})",
            snapshot.Reps.Count, snapshot.Opportunities.Count, snapshot.Activities.Count, options.Seed)));
        console.Write(ScorecardTable.Build(result));
        console.Write(TierReasonsTable.Build(result));
        console.Write(PracticesTable.Build(result));
        console.Write(QueueTable.Build(result));
        console.Write(TipsTable.Build(result, options.Tips));
        console.Write(DealScoresTable.Build(result, snapshot));
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.InvariantCulture,
            "{0} data issues. Scores, practices and tips are explained in docs/scoring.md.", result.DataIssues.Count)));
        return result;
    }
}
