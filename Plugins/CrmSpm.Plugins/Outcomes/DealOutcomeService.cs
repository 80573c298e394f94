using System;
using System.Linq;
using System.ServiceModel;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// A deal was won, lost or reopened: update the team's deal model incrementally, the owner's outcome counts on their
/// scorecard, close the deal's tips, and post recognition when the win reaches the rep's milestone. Idempotent: the
/// deal remembers which outcome the model counts (<c>crmspm_modeloutcome</c>), so the same close seen twice (by the
/// close activity's step and a state update, or a hand-registered Win step) changes nothing the second time.
/// Runs as an asynchronous job, outside any transaction: every write names the row version it read
/// (<see cref="OptimisticWrite"/>). The deal's own write claims the close; the model and the scorecard then take
/// the close's change onto their latest version, so concurrent closes of one team all land.
/// </summary>
public sealed class DealOutcomeService
{
    private readonly DealContextReader _reader;
    private readonly DealRefresher _refresher;
    private readonly DealModelLoader _models;
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly ITracingService _tracing;

    /// <param name="refresher">Writes the deal; built over a <see cref="VersionedDealWriter"/> so that write is guarded.</param>
    public DealOutcomeService(DealContextReader reader, DealRefresher refresher, DealModelLoader models, IOrganizationService service, IClock clock, ITracingService tracing)
    {
        _reader = reader;
        _refresher = refresher;
        _models = models;
        _service = service;
        _clock = clock;
        _tracing = tracing;
    }

    /// <summary>Returns true when something changed (false for a close already counted).</summary>
    /// <param name="closedAs">Won or Lost from a Win/Lose message itself; null to take the deal's committed state.</param>
    public bool OnStateChanged(Guid opportunityId, OpportunityStatus? closedAs = null)
    {
        var now = _clock.UtcNow;
        var period = SalesPeriod.Containing(now).Key;
        for (var attempt = 1; attempt <= OptimisticWrite.MaxAttempts; attempt++)
        {
            var deal = _reader.Read(opportunityId, period);
            if (deal == null || !HasWork(deal.Opportunity, closedAs))
            {
                return false;
            }

            if (TryCount(deal, closedAs, period, now))
            {
                return true;
            }

            _tracing.Trace("Deal {0} changed since it was read (attempt {1}): reading it again.", opportunityId, attempt);
        }

        throw new CloseConflictException($"Deal {opportunityId} changed under its close {OptimisticWrite.MaxAttempts} times; the nightly recompute counts it.");
    }

    /// <summary>
    /// What the team's model learns from this close: the deal as it stood at mid-life, labelled with its outcome, as
    /// Core's full scoring and its evaluation train (open deals are scored mid-flight, and a won deal always closes at
    /// the last stage). The same features are kept on the deal, so a reopen removes exactly what was added.
    /// </summary>
    public static DealFeatures TrainingFeatures(Entity closedRow, ScoringProfile profile, Tier ownerTier, DateTime now)
    {
        var touches = TouchLog.Read(closedRow.GetAttributeValue<string>(OpportunityColumns.TouchLog));
        var builder = new DealFactsBuilder(profile);
        var opportunity = OpportunityMapper.ToCore(closedRow, builder.Stages);
        var activities = touches.ToActivities(opportunity.Id, opportunity.OwnerId).ToList();
        var atClose = builder.Build(opportunity, activities, now);
        return DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(opportunity, activities) ?? atClose, atClose, ownerTier);
    }

    /// <summary>Counts the close once; false when the deal changed since it was read (nothing written then).</summary>
    private bool TryCount(DealContext deal, OpportunityStatus? closedAs, string period, DateTime now)
    {
        var row = deal.Opportunity;
        var status = closedAs ?? OpportunityMapper.StatusOf(row);
        var counted = CountedOutcome(row);
        if (closedAs.HasValue)
        {
            // The message says how the deal closed, whatever the row read shows.
            row[OpportunityColumns.StateCode] = new OptionSetValue(closedAs == OpportunityStatus.Won ? OpportunityState.Won : OpportunityState.Lost);
        }

        var profile = _refresher.ProfileFor(deal);
        var changes = new Entity(OpportunityColumns.EntityName, row.Id) { RowVersion = OptimisticWrite.VersionOf(row) };
        DealFeatures? removed = null;
        DealFeatures? added = null;
        if (counted.HasValue)
        {
            removed = JsonColumn.Read<ModelFeaturesSnapshot>(row.GetAttributeValue<string>(OpportunityColumns.ModelFeatures))?.ToFeatures(row.Id.ToString());
            changes[OpportunityColumns.ModelOutcome] = null;
            changes[OpportunityColumns.ModelFeatures] = null;
        }

        if (status != OpportunityStatus.Open)
        {
            added = TrainingFeatures(row, profile, TierMapper.FromChoice(deal.OwnerTierChoice), now);
            changes[OpportunityColumns.ModelOutcome] = new OptionSetValue(status == OpportunityStatus.Won ? ModelOutcomeChoice.Won : ModelOutcomeChoice.Lost);
            changes[OpportunityColumns.ModelFeatures] = JsonColumn.Write(ModelFeaturesSnapshot.From(added));
        }

        var change = new CloseChange(row.Id, counted, removed, status == OpportunityStatus.Open ? (OpportunityStatus?)null : status, added, OpportunityMapper.BaseAmountOf(row));
        try
        {
            // The deal first, guarded: once it records what the model counts, the close is this job's to count.
            _refresher.Refresh(deal, profile, changes, now);
        }
        catch (FaultException<OrganizationServiceFault> fault) when (OptimisticWrite.IsConflict(fault))
        {
            return false;
        }

        new TeamModelWriter(_service, _models, _tracing).Apply(row.GetAttributeValue<EntityReference>(OpportunityColumns.OwningBusinessUnit), deal, profile, change);
        var owner = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId);
        if (owner != null && owner.LogicalName == SystemUserColumns.EntityName)
        {
            // A win may earn the rep's milestone: claimed on the card in the counts' own write, posted only once claimed.
            CoachingTip? recognition = null;
            ScorecardCounter.LedgerClaim? claim = status != OpportunityStatus.Won ? null : (before, after, ledger) =>
            {
                var rep = new Rep { Id = owner.Id.ToString(), Name = deal.OwnerName ?? "The rep" };
                recognition = new MilestoneRecognizer(profile).Recognize(rep, period, before, after, now);
                return recognition == null ? null : RecognitionLedger.Claim(ledger, recognition);
            };
            new ScorecardCounter(_service, _tracing).Apply(owner, deal.OwnerName, period, deal.OwnerScorecard, change, claim, out _, out var claimed);
            if (claimed)
            {
                _service.Create(RecognitionPost.For(recognition!, row.ToEntityReference()));
            }
        }

        return true;
    }

    private static bool HasWork(Entity row, OpportunityStatus? closedAs)
    {
        var status = closedAs ?? OpportunityMapper.StatusOf(row);
        var counted = CountedOutcome(row);
        return counted != status && !(counted == null && status == OpportunityStatus.Open);
    }

    private static OpportunityStatus? CountedOutcome(Entity row)
    {
        switch (row.GetAttributeValue<OptionSetValue>(OpportunityColumns.ModelOutcome)?.Value)
        {
            case ModelOutcomeChoice.Won: return OpportunityStatus.Won;
            case ModelOutcomeChoice.Lost: return OpportunityStatus.Lost;
            default: return null;
        }
    }
}
