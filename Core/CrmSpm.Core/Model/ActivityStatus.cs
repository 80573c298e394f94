namespace CrmSpm.Core.Model;

/// <summary>State of an activity; only completed activities count as touches.</summary>
public enum ActivityStatus
{
    /// <summary>Planned or in progress.</summary>
    Open = 0,

    /// <summary>Done.</summary>
    Completed = 1,

    /// <summary>Cancelled; ignored by scoring.</summary>
    Canceled = 2,
}
