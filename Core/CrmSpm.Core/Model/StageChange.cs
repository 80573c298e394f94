using System;

namespace CrmSpm.Core.Model;

/// <summary>One entry of an opportunity's stage history: the stage it entered and when.</summary>
public sealed class StageChange
{
    /// <summary>Stage name, matched against the profile's stage catalogue (case-insensitive).</summary>
    public string Stage { get; set; } = "";

    /// <summary>When the opportunity entered the stage (UTC).</summary>
    public DateTime EnteredOn { get; set; }
}
