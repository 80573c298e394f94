using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Model;

/// <summary>A deal. Open deals feed adoption, coaching and deal scores; closed deals feed outcomes and the deal model.</summary>
public sealed class Opportunity
{
    /// <summary>CRM record id, as text.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The owning rep's id.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The customer account; null when not set (a required field at most stages).</summary>
    public string? AccountId { get; set; }

    /// <summary>Current stage name, matched against the profile's stage catalogue which gives its order.</summary>
    public string Stage { get; set; } = "";

    /// <summary>
    /// Amount in base currency as the connector has always filled it; negative amounts are reported and treated
    /// as 0. Used as the pipeline amount when <see cref="EstimatedAmount"/> is not set.
    /// </summary>
    public decimal Amount { get; set; }

    /// <summary>
    /// The pipeline amount (Dataverse estimatedvalue, Salesforce Amount); null when the connector does not map
    /// it. The deal model and pipeline figures use it, never a closed deal's actual value: many CRMs store 0 as
    /// the close value of a lost deal, which would make "small amount" predict losing (docs/scoring.md).
    /// </summary>
    public decimal? EstimatedAmount { get; set; }

    /// <summary>The close value (Dataverse actualvalue); null when blank or not mapped. Revenue of a won deal uses it, falling back to the pipeline amount.</summary>
    public decimal? ActualAmount { get; set; }

    /// <summary>Estimated close date; null when not set.</summary>
    public DateTime? EstimatedCloseDate { get; set; }

    /// <summary>Actual close date, set when won or lost.</summary>
    public DateTime? ActualCloseDate { get; set; }

    /// <summary>Open, won or lost.</summary>
    public OpportunityStatus Status { get; set; }

    /// <summary>Created on (UTC).</summary>
    public DateTime CreatedOn { get; set; }

    /// <summary>Last modified on (UTC).</summary>
    public DateTime ModifiedOn { get; set; }

    /// <summary>The agreed next step in words; null or blank when missing.</summary>
    public string? NextStep { get; set; }

    /// <summary>Number of customer contacts engaged on the deal (contact roles / connections).</summary>
    public int ContactsEngaged { get; set; }

    /// <summary>The product line (product family) the deal sells, as the CRM names it; null when unknown (imports fill it from a products file).</summary>
    public string? ProductLine { get; set; }

    /// <summary>Current forecast category; <see cref="Model.ForecastCategory.None"/> when not used.</summary>
    public ForecastCategory ForecastCategory { get; set; }

    /// <summary>Stages entered, oldest first (order is not trusted: Core sorts by date).</summary>
    public IList<StageChange> StageHistory { get; set; } = new List<StageChange>();

    /// <summary>Changes of the estimated close date.</summary>
    public IList<CloseDateChange> CloseDateChanges { get; set; } = new List<CloseDateChange>();

    /// <summary>True while the deal is open.</summary>
    public bool IsOpen => Status == OpportunityStatus.Open;

    /// <summary>The pipeline amount: <see cref="EstimatedAmount"/> when set, otherwise <see cref="Amount"/>.</summary>
    public decimal PipelineAmount => EstimatedAmount ?? Amount;

    /// <summary>A copy sharing the history lists; the engine repairs or rewinds copies, never the caller's records.</summary>
    internal Opportunity Copy() => (Opportunity)MemberwiseClone();
}
