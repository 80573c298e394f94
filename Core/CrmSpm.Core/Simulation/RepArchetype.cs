namespace CrmSpm.Core.Simulation;

/// <summary>
/// How a simulated rep works. Better habits raise each deal's chance to advance, so behaviours really do
/// separate won from lost deals and A-tier reps really do behave differently.
/// </summary>
internal sealed class RepArchetype
{
    public string Name { get; set; } = "";

    /// <summary>Chance a deal advances past a stage before any habit bonus.</summary>
    public double StageAdvance { get; set; }

    /// <summary>Mean days between touches.</summary>
    public double CadenceDays { get; set; }

    /// <summary>Mean contacts engaged per deal.</summary>
    public double Contacts { get; set; }

    public double MeetingShare { get; set; }

    public double NextStepChance { get; set; }

    /// <summary>
    /// Chance the close date is pushed at a stage the deal gets through; at the stage where it is lost the chance
    /// is <see cref="LosingSlipChance"/>, because in real orgs dying deals slip before they are closed as lost.
    /// </summary>
    public double SlipChance { get; set; }

    /// <summary>Chance the close date is pushed at the stage where the deal is lost.</summary>
    public double LosingSlipChance { get; set; }

    /// <summary>The rep's first close-date estimate as a share of the cycle the deal really needs (below 1: optimistic).</summary>
    public double CloseDateOptimism { get; set; }

    /// <summary>Multiplies the days a deal spends in each stage (top reps move faster).</summary>
    public double Pace { get; set; }

    /// <summary>Mean days to the first touch.</summary>
    public double FirstTouchDays { get; set; }

    /// <summary>Commit ÷ actual in forecasts.</summary>
    public double ForecastBias { get; set; }

    /// <summary>Chance an open deal's close date is left in the past instead of being kept current.</summary>
    public double StaleCloseDateChance { get; set; }

    /// <summary>
    /// Mean days a dying deal stays open, untouched, between the stage where it stalls and being closed as lost
    /// (exponential): in real orgs lost deals linger in the pipeline, longest with the least tidy reps.
    /// </summary>
    public double LingerDays { get; set; }

    public static readonly RepArchetype Top = new RepArchetype
    {
        Name = "A", StageAdvance = 0.84, CadenceDays = 4, Contacts = 3.2, MeetingShare = 0.35, NextStepChance = 0.92,
        SlipChance = 0.05, LosingSlipChance = 0.55, CloseDateOptimism = 1.0, Pace = 0.8, FirstTouchDays = 1, ForecastBias = 1.02,
        StaleCloseDateChance = 0.05, LingerDays = 10,
    };

    public static readonly RepArchetype Middle = new RepArchetype
    {
        Name = "B", StageAdvance = 0.74, CadenceDays = 8, Contacts = 2.0, MeetingShare = 0.22, NextStepChance = 0.70,
        SlipChance = 0.12, LosingSlipChance = 0.65, CloseDateOptimism = 0.9, Pace = 1.0, FirstTouchDays = 3, ForecastBias = 1.12,
        StaleCloseDateChance = 0.15, LingerDays = 20,
    };

    public static readonly RepArchetype Struggling = new RepArchetype
    {
        Name = "C", StageAdvance = 0.60, CadenceDays = 14, Contacts = 1.2, MeetingShare = 0.10, NextStepChance = 0.40,
        SlipChance = 0.20, LosingSlipChance = 0.75, CloseDateOptimism = 0.75, Pace = 1.4, FirstTouchDays = 7, ForecastBias = 1.30,
        StaleCloseDateChance = 0.3, LingerDays = 35,
    };

    /// <summary>About 20 % top, 55 % middle, 25 % struggling.</summary>
    public static RepArchetype Pick(double roll) => roll < 0.2 ? Top : roll < 0.75 ? Middle : Struggling;
}
