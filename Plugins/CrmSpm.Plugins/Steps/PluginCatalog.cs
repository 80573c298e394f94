using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// Every plugin of the assembly with its declared steps: what the solution packer turns into the solution's step
/// XML (and the embedded org's host instantiates). Adding a plugin means adding it here.
/// </summary>
public static class PluginCatalog
{
    /// <summary>One instance of each plugin; <paramref name="clock"/> is the time source of those that need one.</summary>
    public static IReadOnlyList<PluginBase> Create(IClock clock) => new PluginBase[]
    {
        new ValidateScoringProfilePlugin(),
        new OpportunityChangedPlugin(clock),
        new ActivityLoggedPlugin(clock),
        new TipAnsweredPlugin(clock),
        new DealClosedPlugin(clock),
        new RecalculateScorecardsPlugin(clock),
    };
}
