using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Simulation;

/// <summary>Size and shape of a generated sales org.</summary>
public sealed class GeneratorOptions
{
    /// <summary>Seed of the random generator: the same options always give the same org.</summary>
    public int Seed { get; set; } = 42;

    public int Reps { get; set; } = 12;

    /// <summary>Opportunities per rep (open and closed, created over <see cref="HistoryDays"/>).</summary>
    public int OpportunitiesPerRep { get; set; } = 40;

    /// <summary>Multiplies every rep's touch frequency; 1 gives about ten activities per deal.</summary>
    public double ActivityDensity { get; set; } = 1;

    public int RepsPerManager { get; set; } = 6;

    /// <summary>
    /// The history window: deals are created over this many days before <see cref="Now"/>, except the
    /// <see cref="OpenPipelineShare"/> that was already open when the window opened.
    /// </summary>
    public int HistoryDays { get; set; } = 420;

    /// <summary>
    /// Share of the deals created before the window opens and still open when it does: a real org's history starts
    /// with a pipeline in every stage, not with an empty one. 0.12 is about what a steady deal flow leaves open (a deal
    /// stays open some 50 days on average, against the 420-day window).
    /// </summary>
    public double OpenPipelineShare { get; set; } = 0.12;

    /// <summary>The org's "now": nothing is generated after it. Pass your clock's time.</summary>
    public DateTime Now { get; set; } = new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Stage names in pipeline order (the default profile's stages).</summary>
    public IList<string> Stages { get; set; } = new List<string> { "Qualify", "Develop", "Propose", "Close" };
}
