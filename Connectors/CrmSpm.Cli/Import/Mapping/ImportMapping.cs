using System;
using System.Collections.Generic;

namespace CrmSpm.Cli.Import.Mapping;

/// <summary>
/// Which column of each CSV file holds which field, and how values read (docs/mappings/README.md). A field mapped to
/// null or left out is not read. Column headers match case-insensitively, ignoring surrounding spaces.
/// </summary>
public sealed class ImportMapping
{
    /// <summary>What export the mapping is for, and where its headers come from.</summary>
    public string? Description { get; set; }

    /// <summary>The culture dates and amounts are written in (e.g. "en-US", "fr-FR"); "" or null: invariant. <c>--culture</c> overrides it.</summary>
    public string? Culture { get; set; }

    public OpportunityColumns Opportunities { get; set; } = new();

    /// <summary>Values of the status column (or, without one, the stage column) that mean won, lost or open.</summary>
    public OutcomeValues Outcomes { get; set; } = new();

    /// <summary>Source stage name → the scoring profile's stage name (docs/scoring-profile.md); unlisted stages pass through.</summary>
    public Dictionary<string, string> Stages { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public UserColumns Users { get; set; } = new();

    public AccountColumns Accounts { get; set; } = new();

    public ProductColumns Products { get; set; } = new();

    public ActivityColumns Activities { get; set; } = new();

    /// <summary>Source activity type → call, email, meeting or task (added to the built-in names, see <see cref="ActivityKinds"/>).</summary>
    public Dictionary<string, string> ActivityKinds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Values of the activity status column that mean the activity was done (anything else is still open).</summary>
    public List<string> ActivityCompletedValues { get; set; } = new() { "Completed", "Complete", "Done", "Closed", "Held", "Sent", "Made", "true", "1" };

    /// <summary>The mapping for files whose headers are the field names themselves (docs/samples).</summary>
    public static ImportMapping Generic() => new()
    {
        Description = "Generic: each column is named after its field.",
        Opportunities = new OpportunityColumns
        {
            Id = "id", Name = "name", Owner = "owner", Account = "account", Stage = "stage", Status = "status",
            PipelineAmount = "amount", CloseValue = "closeValue", CreatedOn = "createdOn", CloseDate = "closeDate",
            ActualCloseDate = "actualCloseDate", NextStep = "nextStep", Contacts = "contacts", ModifiedOn = "modifiedOn", Product = "product",
        },
        Outcomes = new OutcomeValues { Won = { "Won", "Closed Won" }, Lost = { "Lost", "Closed Lost" }, Open = { "Open", "" } },
        Users = new UserColumns { Id = "id", Name = "name", Manager = "manager", Team = "team", StartDate = "startDate", MonthlyQuota = "monthlyQuota" },
        Accounts = new AccountColumns { Id = "id", Name = "name" },
        Products = new ProductColumns { Id = "id", Name = "name", ProductLine = "productLine" },
        Activities = new ActivityColumns { Id = "id", Kind = "kind", Owner = "owner", Opportunity = "opportunity", Date = "date", Status = "status" },
    };
}

/// <summary>Opportunity columns. Required: id, owner, createdOn, closeDate, pipelineAmount, and stage or status.</summary>
public sealed class OpportunityColumns
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The owner as the users file identifies them (or, without one, any stable name or id).</summary>
    public string? Owner { get; set; }

    public string? Account { get; set; }

    public string? Stage { get; set; }

    /// <summary>Open/won/lost column; without it the stage value says won or lost.</summary>
    public string? Status { get; set; }

    /// <summary>The pipeline amount (Salesforce Amount, Dynamics Est. Revenue).</summary>
    public string? PipelineAmount { get; set; }

    /// <summary>The close value of a closed deal (Dynamics Actual Revenue); blank falls back to the pipeline amount for revenue.</summary>
    public string? CloseValue { get; set; }

    public string? CreatedOn { get; set; }

    /// <summary>The close date: the estimate while open, the actual close date once closed unless <see cref="ActualCloseDate"/> is mapped.</summary>
    public string? CloseDate { get; set; }

    public string? ActualCloseDate { get; set; }

    public string? NextStep { get; set; }

    /// <summary>Number of customer contacts engaged.</summary>
    public string? Contacts { get; set; }

    /// <summary>Last modified: of two rows with one id, the later modified is kept (Core's duplicate rule).</summary>
    public string? ModifiedOn { get; set; }

    /// <summary>The product sold, as the products file's id or a unique name there; its product line goes with the deal.</summary>
    public string? Product { get; set; }
}

/// <summary>Status or stage values, compared case-insensitively. An empty <see cref="Open"/> list means "anything not won or lost is open".</summary>
public sealed class OutcomeValues
{
    public List<string> Won { get; set; } = new();

    public List<string> Lost { get; set; } = new();

    public List<string> Open { get; set; } = new();
}

/// <summary>Users/teams file columns. Required: id.</summary>
public sealed class UserColumns
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The manager, as the id column identifies users.</summary>
    public string? Manager { get; set; }

    public string? Team { get; set; }

    public string? StartDate { get; set; }

    public string? MonthlyQuota { get; set; }
}

/// <summary>Accounts file columns. Required: id.</summary>
public sealed class AccountColumns
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

/// <summary>Products file columns. Required: id and productLine.</summary>
public sealed class ProductColumns
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The product line or family (Salesforce Product Family, the Dynamics product's parent family).</summary>
    public string? ProductLine { get; set; }
}

/// <summary>Activities file columns. Required: opportunity, date, kind.</summary>
public sealed class ActivityColumns
{
    public string? Id { get; set; }

    /// <summary>Call, email, meeting or task (see <see cref="ImportMapping.ActivityKinds"/>).</summary>
    public string? Kind { get; set; }

    /// <summary>Who did it; blank or unmapped: the deal's owner.</summary>
    public string? Owner { get; set; }

    /// <summary>The opportunity it regards, as the opportunities file's id column identifies it.</summary>
    public string? Opportunity { get; set; }

    /// <summary>When it happened (or is due, while open).</summary>
    public string? Date { get; set; }

    /// <summary>Done or open (see <see cref="ImportMapping.ActivityCompletedValues"/>); unmapped: every activity is done.</summary>
    public string? Status { get; set; }
}
