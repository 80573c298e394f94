using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Numbers the behaviour keys met while visiting deals (<see cref="BehaviourMeasurer.Visit"/>): the four deal-level
/// behaviours first, then two per stage (touch cadence, then days in stage) in the order stages first appear. An
/// observation then costs an array index, where a key string per observation cost a hashed dictionary look-up (a
/// million per run, docs/performance.md).
/// </summary>
internal sealed class BehaviourSlots
{
    public const int ContactsPerDeal = 0;
    public const int FirstTouchLatency = 1;
    public const int NextStepDiscipline = 2;
    public const int MeetingShare = 3;

    // Segments name their stage with the catalogue's own string, so comparing references finds it without hashing.
    private const int RecentStages = 16;
    private readonly string?[] recentStages = new string?[RecentStages];
    private readonly int[] recentSlots = new int[RecentStages];
    private readonly Dictionary<string, int> byStage = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly List<string> keys = new List<string>
    {
        BehaviourKeys.ContactsPerDeal, BehaviourKeys.FirstTouchLatency, BehaviourKeys.NextStepDiscipline, BehaviourKeys.MeetingShare,
    };

    private int recentCount;

    /// <summary>Slots numbered so far.</summary>
    public int Count => keys.Count;

    /// <summary>The behaviour key of <paramref name="slot"/>.</summary>
    public string Key(int slot) => keys[slot];

    /// <summary>The slot of <see cref="BehaviourKeys.TouchCadence"/> at <paramref name="stage"/>.</summary>
    public int TouchCadence(string stage) => StageSlot(stage);

    /// <summary>The slot of <see cref="BehaviourKeys.DaysInStage"/> at <paramref name="stage"/>.</summary>
    public int DaysInStage(string stage) => DaysInStageOf(StageSlot(stage));

    /// <summary>The days-in-stage slot of the stage whose touch-cadence slot is <paramref name="touchCadenceSlot"/>.</summary>
    public static int DaysInStageOf(int touchCadenceSlot) => touchCadenceSlot + 1;

    private int StageSlot(string stage)
    {
        for (var i = 0; i < recentCount; i++)
        {
            if (ReferenceEquals(recentStages[i], stage))
            {
                return recentSlots[i];
            }
        }

        if (!byStage.TryGetValue(stage, out var slot))
        {
            slot = keys.Count;
            keys.Add(BehaviourKeys.TouchCadence(stage));
            keys.Add(BehaviourKeys.DaysInStage(stage));
            byStage.Add(stage, slot);
        }

        if (recentCount < RecentStages)
        {
            recentStages[recentCount] = stage;
            recentSlots[recentCount++] = slot;
        }

        return slot;
    }
}
