using System;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Json;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// Restores the team's deal model from its row. No row yet, or a state Core cannot use, gives an empty model (every
/// deal then scores the profile's default win rate) and a trace line; the nightly recompute rebuilds the state.
/// </summary>
public sealed class DealModelLoader
{
    private static readonly LastParsed<DealModel> Shared = new LastParsed<DealModel>();

    private readonly ITracingService _tracing;

    public DealModelLoader(ITracingService tracing)
    {
        _tracing = tracing;
    }

    /// <summary>A model to score with only: it may be shared with other executions, so it must not be changed.</summary>
    public DealModel LoadForScoring(string? stateJson, ScoringProfile profile) =>
        string.IsNullOrWhiteSpace(stateJson) ? new DealModel(profile) : Shared.Get(stateJson!, profile, json => Load(json, profile));

    /// <summary>A model of this execution's own, to add or remove deals.</summary>
    public DealModel Load(string? stateJson, ScoringProfile profile)
    {
        if (string.IsNullOrWhiteSpace(stateJson))
        {
            return new DealModel(profile);
        }

        try
        {
            return DealModel.FromJson(stateJson!, profile);
        }
        catch (FormatException exception)
        {
            _tracing.Trace("The team's deal model state is unusable, scoring from the prior until the recompute: {0}", exception.Message);
            return new DealModel(profile);
        }
    }
}
