using System;
using System.Globalization;
using System.Linq;
using CrmSpm.Cli.Rendering;
using CrmSpm.Cli.Rendering.Dataverse;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using Spectre.Console;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// The demo through the product as Dynamics 365 runs it: generates an org, sets it up in an embedded Dataverse org
/// with CrmSpm's plugins installed, replays its history as the reps month by month with the recompute at each month
/// end and once more at "now", and prints what CrmSpm wrote back, read from the org's rows.
/// </summary>
public sealed class DataverseDemoRunner
{
    private readonly IAnsiConsole console;
    private readonly IClock clock;

    public DataverseDemoRunner(IAnsiConsole console, IClock clock)
    {
        this.console = console ?? throw new ArgumentNullException(nameof(console));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public DataverseDemoResult Run(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = clock.UtcNow;
        var generated = new SalesOrgGenerator(new GeneratorOptions
        {
            Seed = options.Seed,
            Reps = options.Reps,
            OpportunitiesPerRep = options.DealsPerRep,
            Now = now,
        }).Generate();
        return Run(generated, string.Format(CultureInfo.InvariantCulture,
            "CrmSpm demo in an embedded Dataverse org: {0} reps, {1} opportunities, {2} activities (seed {3})",
            generated.Reps.Count, generated.Opportunities.Count, generated.Activities.Count, options.Seed), options.Tips);
    }

    /// <summary>Replays <paramref name="snapshot"/> (generated or imported) and prints the tables under <paramref name="title"/>; <paramref name="progress"/> hears events replayed of all.</summary>
    public DataverseDemoResult Run(OrgSnapshot snapshot, string title, int tips, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var now = clock.UtcNow;
        var events = HistoryTimeline.Build(snapshot);
        var org = new DemoOrgBuilder(ScoringProfile.Default).Build(snapshot, events.Count > 0 ? events[0].When : now);
        var history = new MonthByMonthReplay(org).Run(events, now, progress);
        var readBack = new OrgResultsReader(org).Read();

        console.Write(new Rule(Markup.Escape(title)));
        console.Write(OrgScorecardTable.Build(readBack));
        console.Write(TierReasonsTable.Build(readBack.Scorecards.Select(c => (c.Rep, c.Tier, c.TierReason)).ToList()));
        foreach (var team in readBack.Practices)
        {
            console.Write(PracticesTable.Build(team.Practices, PracticesTable.Title + ", " + team.Team + " (crmspm_modelstate benchmarks)"));
        }

        console.Write(QueueTable.Build(readBack.Queue, QueueTable.Title + " (crmspm_queuerank)"));
        console.Write(OrgTipsTable.Build(readBack, tips));
        console.Write(OrgDealScoresTable.Build(readBack));
        console.Write(RecognitionTable.Build(readBack));
        console.Write(PlatformTable.Build(history, readBack.RowsRead));
        console.MarkupLine(Markup.Escape("Every figure above was read back from the org's rows; `crmspm demo --core-only` scores the same org with Core alone."));
        return new DataverseDemoResult(snapshot, org, history, readBack);
    }
}
