using System.Collections.Generic;

namespace CrmSpm.Core.Profile;

/// <summary>One entry of the stage catalogue (<c>stages[i]</c>).</summary>
public sealed class StageDefinition
{
    /// <summary>Stage name as the CRM shows it; matched case-insensitively.</summary>
    public string Name { get; set; } = "";

    /// <summary>Position in the pipeline, 1 for the first stage; unique.</summary>
    public int Order { get; set; }

    /// <summary>Fields an open deal at this stage must have; values from <see cref="RequiredFields"/>.</summary>
    public IList<string> RequiredFields { get; set; } = new List<string>();

    /// <summary>A late stage: single-threaded deals here get a tip.</summary>
    public bool IsLate { get; set; }

    /// <summary>
    /// Other values of the opportunity's <c>stepname</c> that mean this stage, matched case-insensitively; an entry
    /// ending in <c>*</c> matches every value starting with what precedes it. The stock Opportunity Sales Process
    /// writes values such as <c>1-Qualify</c>.
    /// </summary>
    public IList<string> StepNames { get; set; } = new List<string>();

    /// <summary>The opportunity's <c>salesstage</c> choice value meaning this stage (stock: 0 Qualify … 3 Close); null when none.</summary>
    public int? SalesStage { get; set; }

    /// <summary>Expected days in this stage, used by stuck-in-stage until the A tier gives a benchmark.</summary>
    public double ExpectedDays { get; set; } = 21;
}
