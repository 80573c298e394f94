using System.Collections.Generic;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>One rep's tier, win rate and measured behaviours: the input of <see cref="PracticeFinder"/>.</summary>
public sealed class RepBehaviourSample
{
    public string RepId { get; set; } = "";

    public Tier Tier { get; set; } = Tier.NotTiered;

    /// <summary>The rep's win rate in the window; null when unknown.</summary>
    public double? WinRate { get; set; }

    /// <summary>Behaviour values by key (see <see cref="BehaviourMeasurer"/>).</summary>
    public IReadOnlyDictionary<string, double> Values { get; set; } = new Dictionary<string, double>();
}
