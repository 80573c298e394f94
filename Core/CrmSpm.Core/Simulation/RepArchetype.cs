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

    /// <summary>Chance the close date is pushed at each stage.</summary>
    public double SlipChance { get; set; }

    /// <summary>Mean days to the first touch.</summary>
    public double FirstTouchDays { get; set; }

    /// <summary>Commit ÷ actual in forecasts.</summary>
    public double ForecastBias { get; set; }

    /// <summary>Chance an overdue open deal keeps its stale close date.</summary>
    public double StaleCloseDateChance { get; set; }

    public static readonly RepArchetype Top = new RepArchetype
    {
        Name = "A", StageAdvance = 0.84, CadenceDays = 4, Contacts = 3.2, MeetingShare = 0.35, NextStepChance = 0.92,
        SlipChance = 0.10, FirstTouchDays = 1, ForecastBias = 1.02, StaleCloseDateChance = 0.1,
    };

    public static readonly RepArchetype Middle = new RepArchetype
    {
        Name = "B", StageAdvance = 0.74, CadenceDays = 8, Contacts = 2.0, MeetingShare = 0.22, NextStepChance = 0.70,
        SlipChance = 0.25, FirstTouchDays = 3, ForecastBias = 1.12, StaleCloseDateChance = 0.3,
    };

    public static readonly RepArchetype Struggling = new RepArchetype
    {
        Name = "C", StageAdvance = 0.60, CadenceDays = 14, Contacts = 1.2, MeetingShare = 0.10, NextStepChance = 0.40,
        SlipChance = 0.40, FirstTouchDays = 7, ForecastBias = 1.30, StaleCloseDateChance = 0.6,
    };

    /// <summary>About 20 % top, 55 % middle, 25 % struggling.</summary>
    public static RepArchetype Pick(double roll) => roll < 0.2 ? Top : roll < 0.75 ? Middle : Struggling;
}
