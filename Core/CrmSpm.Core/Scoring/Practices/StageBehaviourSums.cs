using System.Collections.Generic;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// The per-stage running sums of <see cref="BehaviourMeasurer.Measure(IEnumerable{DealFacts})"/>: one object per
/// stage found with one look-up per segment, where four dictionaries cost up to seven look-ups. The two
/// "first seen" lists keep the order in which each behaviour first appeared, which is the order the result
/// lists them in.
/// </summary>
internal sealed class StageBehaviourSums
{
    /// <summary>Room for a usual stage catalogue, so a rep's table does not grow and rehash (once per rep, a thousand per run).</summary>
    private const int InitialStages = 12;

    private StageBehaviourSums(string stage)
    {
        Stage = stage;
    }

    public string Stage { get; }

    public double CadenceDays { get; private set; }

    public double CadenceTouches { get; private set; }

    public double StageDays { get; private set; }

    public int Stays { get; private set; }

    /// <summary>A fresh set of sums keyed by stage name (ordinal).</summary>
    public static Dictionary<string, StageBehaviourSums> NewTable() => new Dictionary<string, StageBehaviourSums>(InitialStages, System.StringComparer.Ordinal);

    /// <summary>The sums of <paramref name="stage"/> in <paramref name="table"/>, added when missing.</summary>
    public static StageBehaviourSums For(Dictionary<string, StageBehaviourSums> table, string stage)
    {
        if (!table.TryGetValue(stage, out var sums))
        {
            sums = new StageBehaviourSums(stage);
            table.Add(stage, sums);
        }

        return sums;
    }

    /// <summary>Adds a stay of at least a day to the touch cadence; <paramref name="firstSeen"/> records the stage's first one.</summary>
    public void AddCadence(double days, int touches, List<StageBehaviourSums> firstSeen)
    {
        if (CadenceTouches == 0)
        {
            firstSeen.Add(this);
        }

        CadenceDays += days;
        CadenceTouches += touches < 1 ? 1 : touches;
    }

    /// <summary>Adds a finished stay; <paramref name="firstSeen"/> records the stage's first one.</summary>
    public void AddStay(double days, List<StageBehaviourSums> firstSeen)
    {
        if (Stays == 0)
        {
            firstSeen.Add(this);
        }

        StageDays += days;
        Stays++;
    }
}
