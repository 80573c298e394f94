using System;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Cli.Demo;

/// <summary>What the demo generates and prints.</summary>
public sealed class DemoOptions
{
    /// <summary>Default seed.</summary>
    public const int DefaultSeed = 42;

    /// <summary>Default rep count: two managers' teams.</summary>
    public const int DefaultReps = 12;

    /// <summary>Default opportunities per rep over the generator's 14 months: about seven new deals a month and a
    /// dozen open at a time, a mid-market B2B rep's load (fewer make mid-month coverage and attainment mostly noise).</summary>
    public const int DefaultDealsPerRep = 100;

    /// <summary>
    /// The demo's "now" without <c>--now</c>: the generator's own, so the same arguments print the same output; the
    /// history is generated in the 14 months before it.
    /// </summary>
    public static DateTime DefaultNow => new GeneratorOptions().Now;

    /// <summary>Default number of tips printed.</summary>
    public const int DefaultTips = 6;

    /// <summary>Largest org the core-only demo generates (keeps it well under a minute).</summary>
    public const int MaxDeals = 200_000;

    /// <summary>Largest org replayed through the plugins (about a minute on two cores: a deal is a dozen events, each a pipeline run).</summary>
    public const int MaxReplayedDeals = 10_000;

    /// <summary>Generator seed.</summary>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>Rep count.</summary>
    public int Reps { get; set; } = DefaultReps;

    /// <summary>Opportunities per rep.</summary>
    public int DealsPerRep { get; set; } = DefaultDealsPerRep;

    /// <summary>Tips printed.</summary>
    public int Tips { get; set; } = DefaultTips;

    /// <summary>Show every row of the summarising tables (<c>--all</c>).</summary>
    public bool All { get; set; }

    /// <summary>How much the tables show.</summary>
    public Rendering.TableLimits Limits => new(Tips, All);

    /// <summary>Score with Core alone instead of replaying through the plugins in an embedded org.</summary>
    public bool CoreOnly { get; set; }

    /// <summary>A message for the first invalid option, or null.</summary>
    public string? Validate()
    {
        if (Reps < 1 || Reps > 10_000)
        {
            return "--reps must be between 1 and 10000.";
        }

        if (DealsPerRep < 1 || DealsPerRep > 1_000)
        {
            return "--deals-per-rep must be between 1 and 1000.";
        }

        if ((long)Reps * DealsPerRep > MaxDeals)
        {
            return "--reps × --deals-per-rep must not exceed " + MaxDeals + ".";
        }

        if (!CoreOnly && (long)Reps * DealsPerRep > MaxReplayedDeals)
        {
            return "--reps × --deals-per-rep must not exceed " + MaxReplayedDeals + " when replaying through the plugins (use --core-only for larger orgs).";
        }

        return Tips < 0 || Tips > 1_000 ? "--tips must be between 0 and 1000." : null;
    }
}
