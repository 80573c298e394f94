using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>The scheduler's loop, as the flow and the CLI run it: call the custom API until its token comes back empty.</summary>
public static class RecomputeLoop
{
    /// <summary>Runs one recompute to the end; returns the tokens each execution returned, in order (the last is empty).</summary>
    public static List<string> Run(IOrganizationService service, int maxExecutions = 1000)
    {
        var tokens = new List<string>();
        var token = "";
        do
        {
            var request = new OrganizationRequest(MessageNames.RecalculateScorecards) { [MessageNames.ContinuationTokenParameter] = token };
            var response = service.Execute(request);
            token = response.Results.TryGetValue(MessageNames.NextContinuationTokenParameter, out var next) ? (string)next : throw new AssertionException("The API returned no NextContinuationToken.");
            tokens.Add(token);
        }
        while (token.Length > 0 && tokens.Count < maxExecutions);

        return tokens;
    }

    /// <summary>Every step, with a recompute whose budget is spent by its first call: each execution does exactly one unit of work.</summary>
    public static IEnumerable<Plugins.Pipeline.PluginBase> OneUnitPerExecution(CrmSpm.Core.Time.IClock clock) =>
        PluginCatalog.Create(clock).Where(p => p is not RecalculateScorecardsPlugin)
            .Append(new RecalculateScorecardsPlugin(clock, RecomputeTiming.SimulatedLatency(TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(1)));
}
