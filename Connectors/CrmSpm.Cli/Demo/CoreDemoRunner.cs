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
    private readonly RunProgress? progress;

    /// <summary>Creates a runner writing to <paramref name="console"/> with "now" from <paramref name="clock"/>; <paramref name="progress"/> hears each step.</summary>
    public CoreDemoRunner(IAnsiConsole console, IClock clock, RunProgress? progress = null)
    {
        this.console = console ?? throw new ArgumentNullException(nameof(console));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.progress = progress;
    }

    /// <summary>Runs the demo and returns the scoring result (tests inspect it).</summary>
    public ScoringResult Run(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        progress?.Step("generating the org");
        var snapshot = new SalesOrgGenerator(new GeneratorOptions
        {
            Seed = options.Seed,
            Reps = options.Reps,
            OpportunitiesPerRep = options.DealsPerRep,
            Now = clock.UtcNow,
        }).Generate();
        return Run(snapshot, string.Format(CultureInfo.InvariantCulture,
            "CrmSpm demo: {0} reps, {1} opportunities, {2} activities (seed {3})",
            snapshot.Reps.Count, snapshot.Opportunities.Count, snapshot.Activities.Count, options.Seed), options.Limits);
    }

    /// <summary>
    /// Scores <paramref name="snapshot"/> (generated or imported) with <paramref name="profile"/> (the default profile when
    /// null) and prints the tables under <paramref name="title"/>.
    /// </summary>
    public ScoringResult Run(OrgSnapshot snapshot, string title, TableLimits limits, ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(limits);
        progress?.Step("scoring " + snapshot.Opportunities.Count.ToString("N0", CultureInfo.InvariantCulture) + " opportunities with Core");
        var result = new ScoringEngine(profile ?? ScoringProfile.Default, clock).Score(snapshot);
        progress?.Clear();
        Cells.Heading(console, title);
        foreach (var table in ScorecardTable.Build(result, limits))
        {
            console.Write(table);
        }

        console.Write(TierReasonsTable.Build(result, limits));
        console.Write(PracticesTable.Build(result, limits));
        console.Write(QueueTable.Build(result));
        console.Write(TipsTable.Build(result, limits));
        console.Write(DealScoresTable.Build(result, snapshot, limits));
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.InvariantCulture,
            "{0} data issues. Scores, practices and tips are explained in docs/scoring.md.", result.DataIssues.Count)));
        return result;
    }
}
