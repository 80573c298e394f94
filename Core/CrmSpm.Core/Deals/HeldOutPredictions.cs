using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>
/// Held-out predictions: the prior's log-odds, the shrunk evidence (all features, and the stage's part alone) and the
/// outcome (1 won, 0 lost) of each deal.
/// </summary>
internal sealed class HeldOutPredictions
{
    public HeldOutPredictions(int capacity)
    {
        Priors = new List<double>(capacity);
        Evidence = new List<double>(capacity);
        StageEvidence = new List<double>(capacity);
        Outcomes = new List<double>(capacity);
    }

    public List<double> Priors { get; }

    public List<double> Evidence { get; }

    public List<double> StageEvidence { get; }

    public List<double> Outcomes { get; }

    public void Add(DealModel model, DealFeatures deal)
    {
        model.Evidence(deal, out var priorLogit, out var sum);
        Priors.Add(priorLogit);
        Evidence.Add(sum);
        StageEvidence.Add(model.StageEvidence(deal));
        Outcomes.Add(deal.Outcome == Model.OpportunityStatus.Won ? 1 : 0);
    }
}
