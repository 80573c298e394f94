using System;

namespace CrmSpm.Core.Model;

/// <summary>One change of an opportunity's estimated close date; a later new date is a "push" (slippage).</summary>
public sealed class CloseDateChange
{
    /// <summary>When the change was saved (UTC).</summary>
    public DateTime ChangedOn { get; set; }

    /// <summary>The estimated close date before the change; null when it was empty.</summary>
    public DateTime? OldDate { get; set; }

    /// <summary>The estimated close date after the change; null when it was cleared.</summary>
    public DateTime? NewDate { get; set; }

    /// <summary>True when the date moved later, which is what slippage counts.</summary>
    public bool IsPush => OldDate.HasValue && NewDate.HasValue && NewDate.Value.Date > OldDate.Value.Date;
}
