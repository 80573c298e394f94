using System;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// A stretch of time a deal spent in one stage, with the touches logged meanwhile. A struct kept inline in each deal's
/// segment array: as objects, a million-activity org's 400,000 segments were most of what its garbage collections
/// copied (docs/performance.md, Core engine).
/// </summary>
public struct StageSegment
{
    public StageSegment(string stage, DateTime enteredOn, DateTime endedOn, bool isCurrent)
    {
        Stage = stage;
        EnteredOn = enteredOn;
        EndedOn = endedOn < enteredOn ? enteredOn : endedOn;
        IsCurrent = isCurrent;
        Touches = 0;
    }

    /// <summary>Stage name as in the catalogue (the catalogue's spelling when known).</summary>
    public string Stage { get; }

    /// <summary>When the deal entered the stage.</summary>
    public DateTime EnteredOn { get; }

    /// <summary>When it left (next stage, closing, or "now" for an open deal's current stage).</summary>
    public DateTime EndedOn { get; }

    /// <summary>True for the stage an open deal is in now.</summary>
    public bool IsCurrent { get; }

    /// <summary>Completed activities logged while in the stage.</summary>
    public int Touches { get; internal set; }

    /// <summary>Days in the stage.</summary>
    public readonly double Days => (EndedOn - EnteredOn).TotalDays;

    /// <summary>Days between touches: days ÷ max(1, touches) ("every 16 days" when untouched for 16 days).</summary>
    public readonly double DaysPerTouch => Days / Math.Max(1, Touches);
}
