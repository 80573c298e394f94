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
    private readonly RunProgress? progress;

    /// <summary>A runner writing to <paramref name="console"/> with "now" from <paramref name="clock"/>; <paramref name="progress"/> hears each step and the events replayed.</summary>
    public DataverseDemoRunner(IAnsiConsole console, IClock clock, RunProgress? progress = null)
    {
        this.console = console ?? throw new ArgumentNullException(nameof(console));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.progress = progress;
    }

    public DataverseDemoResult Run(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = clock.UtcNow;
        progress?.Step("generating the org");
        var generated = new SalesOrgGenerator(new GeneratorOptions
        {
            Seed = options.Seed,
            Reps = options.Reps,
            OpportunitiesPerRep = options.DealsPerRep,
            Now = now,
        }).Generate();
        return Run(generated, string.Format(CultureInfo.InvariantCulture,
            "CrmSpm demo in an embedded Dataverse org: {0} reps, {1} opportunities, {2} activities (seed {3})",
            generated.Reps.Count, generated.Opportunities.Count, generated.Activities.Count, options.Seed), options.Limits);
    }

    /// <summary>
    /// Replays <paramref name="snapshot"/> (generated or imported) in an org whose active profile is <paramref name="profile"/>
    /// (the default profile when null) and prints the tables under <paramref name="title"/>.
    /// </summary>
    public DataverseDemoResult Run(OrgSnapshot snapshot, string title, TableLimits limits, ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(limits);
        var now = clock.UtcNow;
        progress?.Step("setting up the embedded org");
        var events = HistoryTimeline.Build(snapshot);
        var org = new DemoOrgBuilder(profile ?? ScoringProfile.Default).Build(snapshot, events.Count > 0 ? events[0].When : now);
        progress?.Report("replaying events", 0, events.Count);
        var history = new MonthByMonthReplay(org).Run(events, now, (done, total) => progress?.Report("replaying events", done, total));
        progress?.Step("reading back the org's rows");
        var readBack = new OrgResultsReader(org).Read();
        progress?.Clear();

        Cells.Heading(console, title);
        foreach (var table in OrgScorecardTable.Build(readBack, limits))
        {
            console.Write(table);
        }

        console.Write(TierReasonsTable.Build(OrgScorecardTable.Ordered(readBack).Select(c => (c.Rep, c.Tier, c.TierReason)).ToList(), limits));
        foreach (var table in PracticesTable.ForTeams(readBack.Practices.Select(t => (t.Team, t.Practices)).ToList(), "crmspm_modelstate benchmarks", limits))
        {
            console.Write(table);
        }

        console.Write(QueueTable.Build(readBack.Queue, QueueTable.Title + " (crmspm_queuerank)"));
        console.Write(OrgTipsTable.Build(readBack, limits));
        console.Write(OrgDealScoresTable.Build(readBack, limits));
        console.Write(RecognitionTable.Build(readBack, limits));
        console.Write(PlatformTable.Build(history, readBack.RowsRead));
        console.MarkupLine(Markup.Escape("Every figure above was read back from the org's rows; `crmspm demo --core-only` scores the same org with Core alone."));
        return new DataverseDemoResult(snapshot, org, history, readBack);
    }
}
