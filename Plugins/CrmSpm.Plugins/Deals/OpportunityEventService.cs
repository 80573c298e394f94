using System;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// A rep created or edited a deal: record stage and close-date history, rescore it, raise or close its tips.
/// Round trips: one read (the joined deal query) and one write of the deal, plus one per tip that changes.
/// </summary>
public sealed class OpportunityEventService
{
    private readonly DealContextReader _reader;
    private readonly DealRefresher _refresher;
    private readonly IClock _clock;
    private readonly ITracingService _tracing;

    public OpportunityEventService(DealContextReader reader, DealRefresher refresher, IClock clock, ITracingService tracing)
    {
        _reader = reader;
        _refresher = refresher;
        _clock = clock;
        _tracing = tracing;
    }

    /// <param name="opportunityId">The saved deal.</param>
    /// <param name="before">The deal before the save (the step's pre-image); null on Create.</param>
    public DealRefreshResult? OnSaved(Guid opportunityId, Entity? before)
    {
        var now = _clock.UtcNow;
        var deal = _reader.Read(opportunityId, SalesPeriod.Containing(now).Key);
        if (deal == null)
        {
            _tracing.Trace("Opportunity {0} is not readable: nothing to score.", opportunityId);
            return null;
        }

        var changes = new Entity(OpportunityColumns.EntityName, opportunityId);
        var profile = _refresher.ProfileFor(deal);
        DealChangeTracker.Track(before, deal.Opportunity, now, changes, new Core.Profile.StageCatalogue(profile.Stages));
        return _refresher.Refresh(deal, profile, changes, now);
    }
}
