using System;
using System.Globalization;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Model;
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
        return Run(snapshot, string.Format(CultureInfo.InvariantCulture,
            "CrmSpm demo: {0} reps, {1} opportunities, {2} activities (seed {3})",
            snapshot.Reps.Count, snapshot.Opportunities.Count, snapshot.Activities.Count, options.Seed), options.Tips);
    }

    /// <summary>Scores <paramref name="snapshot"/> (generated or imported) and prints the tables under <paramref name="title"/>.</summary>
    public ScoringResult Run(OrgSnapshot snapshot, string title, int tips)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = new ScoringEngine(ScoringProfile.Default, clock).Score(snapshot);
        console.Write(new Rule(Markup.Escape(title)));
        console.Write(ScorecardTable.Build(result));
        console.Write(TierReasonsTable.Build(result));
        console.Write(PracticesTable.Build(result));
        console.Write(QueueTable.Build(result));
        console.Write(TipsTable.Build(result, tips));
        console.Write(DealScoresTable.Build(result, snapshot));
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.InvariantCulture,
            "{0} data issues. Scores, practices and tips are explained in docs/scoring.md.", result.DataIssues.Count)));
        return result;
    }
}
