using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Model;

/// <summary>A sales rep: the person whose adoption, outcomes and behaviour are scored and coached.</summary>
public sealed class Rep
{
    /// <summary>CRM user id (Dataverse systemuserid or Salesforce User Id), as text.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The rep's manager (receives low-adoption tasks and the coaching queue); null when none.</summary>
    public string? ManagerId { get; set; }

    /// <summary>Team or business unit; reps are compared within the whole snapshot, the team is carried for display.</summary>
    public string? TeamId { get; set; }

    /// <summary>When the rep started selling here: tenure normalises the tier (see docs/scoring.md).</summary>
    public DateTime StartDate { get; set; }

    /// <summary>Territory size in accounts (or any consistent unit); 0 or less means unknown and counts as the team median.</summary>
    public double TerritorySize { get; set; }

    /// <summary>Quota per monthly period.</summary>
    public IList<PeriodQuota> Quotas { get; set; } = new List<PeriodQuota>();

    /// <summary>What the rep committed per period, for forecast calibration; empty when forecasts are not used.</summary>
    public IList<ForecastCommit> ForecastCommits { get; set; } = new List<ForecastCommit>();

    /// <summary>A copy sharing the lists; the sanitizer repairs copies, never the caller's records.</summary>
    internal Rep Copy() => (Rep)MemberwiseClone();
}
