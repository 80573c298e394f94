using System.Collections.Generic;

namespace CrmSpm.Core.Model;

/// <summary>
/// Everything the engine scores in one run: the reps and their deals and activities. Connectors fill it
/// from Dataverse or Salesforce; the generator fills it for tests and the demo. Entries may be null or
/// inconsistent: the engine reports them as data issues instead of failing.
/// </summary>
public sealed class OrgSnapshot
{
    /// <summary>The reps to score.</summary>
    public IList<Rep> Reps { get; set; } = new List<Rep>();

    /// <summary>Open and closed opportunities of those reps.</summary>
    public IList<Opportunity> Opportunities { get; set; } = new List<Opportunity>();

    /// <summary>Activities of those reps.</summary>
    public IList<Activity> Activities { get; set; } = new List<Activity>();

    /// <summary>
    /// Adoption score each rep had at the end of the previous period (from stored scorecards), keyed by rep
    /// id; used for trends and the "personal improvement" recognition. Empty when unknown.
    /// </summary>
    public IDictionary<string, double> PreviousAdoptionScores { get; set; } = new Dictionary<string, double>();
}
