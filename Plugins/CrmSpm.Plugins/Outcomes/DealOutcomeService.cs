using System;
using System.Linq;
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
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// A deal was won, lost or reopened: update the team's deal model incrementally, the owner's outcome counts on their
/// scorecard, close the deal's tips, and post recognition when the win reaches the rep's milestone. Idempotent: the
/// deal remembers which outcome the model counts (<c>crmspm_modeloutcome</c>), so the same close seen twice (the Win
/// message and its state update both fire) changes nothing the second time.
/// </summary>
public sealed class DealOutcomeService
{
    private readonly DealContextReader _reader;
    private readonly DealRefresher _refresher;
    private readonly DealModelLoader _models;
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly ITracingService _tracing;

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
    /// <param name="closedAs">Won or Lost from the Win/Lose message itself; null to take the deal's state (an Update).</param>
    public bool OnStateChanged(Guid opportunityId, OpportunityStatus? closedAs = null)
    {
        var now = _clock.UtcNow;
        var period = SalesPeriod.Containing(now).Key;
        var deal = _reader.Read(opportunityId, period);
        if (deal == null || !HasWork(deal.Opportunity, closedAs))
        {
            return false;
        }

        // The lock: bump the team's model row before reading what this close changes, then read again. Inside a
        // transaction two closes of one team queue here; the close's asynchronous job has none, so the read after
        // the lock only sees what earlier jobs committed (docs/plugins.md, "Closes").
        if (LockTeam(deal))
        {
            deal = _reader.Read(opportunityId, period);
            if (deal == null || !HasWork(deal.Opportunity, closedAs))
            {
                return false;
            }
        }

        var row = deal.Opportunity;
        var status = closedAs ?? OpportunityMapper.StatusOf(row);
        var counted = CountedOutcome(row);
        if (closedAs.HasValue)
        {
            // The message says how the deal closed, whatever the row read inside the transaction shows.
            row[OpportunityColumns.StateCode] = new OptionSetValue(closedAs == OpportunityStatus.Won ? OpportunityState.Won : OpportunityState.Lost);
        }

        var profile = _refresher.ProfileFor(deal);
        var model = _models.Load(deal.ModelStateJson, profile);
        var counts = OutcomeCounts.From(deal.OwnerScorecard);
        var before = OutcomeCounts.From(deal.OwnerScorecard);
        var changes = new Entity(OpportunityColumns.EntityName, row.Id);
        var amount = OpportunityMapper.BaseAmountOf(row);

        if (counted.HasValue)
        {
            var snapshot = JsonColumn.Read<ModelFeaturesSnapshot>(row.GetAttributeValue<string>(OpportunityColumns.ModelFeatures));
            if (snapshot == null || !model.Remove(snapshot.ToFeatures(row.Id.ToString())))
            {
                _tracing.Trace("Deal {0}: its earlier outcome could not be removed from the model; the nightly rebuild will.", row.Id);
            }

            counts.Apply(counted == OpportunityStatus.Won, amount, -1);
            changes[OpportunityColumns.ModelOutcome] = null;
            changes[OpportunityColumns.ModelFeatures] = null;
        }

        if (status != OpportunityStatus.Open)
        {
            var features = TrainingFeatures(row, profile, TierMapper.FromChoice(deal.OwnerTierChoice), now);
            model.Add(features);
            counts.Apply(status == OpportunityStatus.Won, amount, +1);
            changes[OpportunityColumns.ModelOutcome] = new OptionSetValue(status == OpportunityStatus.Won ? ModelOutcomeChoice.Won : ModelOutcomeChoice.Lost);
            changes[OpportunityColumns.ModelFeatures] = JsonColumn.Write(ModelFeaturesSnapshot.From(features));
        }

        // Deal first (row lock, see DealRefresher), then the team's model, the owner's scorecard, recognition.
        _refresher.Refresh(deal, profile, changes, now);
        WriteModel(row, deal, model);
        var owner = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId);
        if (owner != null && owner.LogicalName == SystemUserColumns.EntityName)
        {
            WriteScorecard(owner, deal.OwnerName, period, counts);
            if (status == OpportunityStatus.Won)
            {
                Recognize(row, owner, deal.OwnerName, period, before, counts, profile, now);
            }
        }

        _tracing.Trace("Deal {0}: model now counts {1} won and {2} lost.", row.Id, model.WonCount, model.LostCount);
        return true;
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

    private static bool HasWork(Entity row, OpportunityStatus? closedAs)
    {
        var status = closedAs ?? OpportunityMapper.StatusOf(row);
        var counted = CountedOutcome(row);
        return counted != status && !(counted == null && status == OpportunityStatus.Open);
    }

    /// <summary>Takes the team's lock (<see cref="TeamLock"/>), bumping the version the read saw.</summary>
    private bool LockTeam(DealContext deal) =>
        TeamLock.Take(_service, deal.Opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.OwningBusinessUnit), (deal.ModelVersion ?? 0) + 1);

    private static OpportunityStatus? CountedOutcome(Entity row)
    {
        switch (row.GetAttributeValue<OptionSetValue>(OpportunityColumns.ModelOutcome)?.Value)
        {
            case ModelOutcomeChoice.Won: return OpportunityStatus.Won;
            case ModelOutcomeChoice.Lost: return OpportunityStatus.Lost;
            default: return null;
        }
    }

    private void WriteModel(Entity row, DealContext deal, DealModel model)
    {
        var team = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwningBusinessUnit);
        if (team == null)
        {
            _tracing.Trace("Deal {0} has no owning business unit: no team model to update.", row.Id);
            return;
        }

        // Upsert by the team's alternate key (the lock created the row if this is the team's first close).
        var state = TeamLock.Row(team, deal.ModelVersion ?? 1);
        state[ModelStateColumns.StateJson] = model.ToJson();
        if (deal.ProfileId.HasValue)
        {
            state[ModelStateColumns.ProfileId] = new EntityReference(ScoringProfileColumns.EntityName, deal.ProfileId.Value);
        }

        _service.Execute(new UpsertRequest { Target = state });
    }

    private void WriteScorecard(EntityReference owner, string? ownerName, string period, OutcomeCounts counts)
    {
        var card = new Entity(ScorecardColumns.EntityName, ScorecardColumns.Key, owner.Id + "|" + period)
        {
            [ScorecardColumns.Name] = BoundedText.Truncate((ownerName ?? owner.Id.ToString()) + " " + period, ScorecardColumns.NameMaxLength),
            [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, owner.Id),
            [ScorecardColumns.Period] = period,
            [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner.Id),
            [ScorecardColumns.WonCount] = counts.Won,
            [ScorecardColumns.LostCount] = counts.Lost,
            [ScorecardColumns.WonAmount] = new Money(counts.WonAmount),
            [ScorecardColumns.WinRate] = counts.WinRate.HasValue ? (decimal)Math.Round(counts.WinRate.Value, 4) : (decimal?)null,
        };
        if (counts.Attainment.HasValue)
        {
            card[ScorecardColumns.QuotaAttainment] = (decimal)Math.Round(counts.Attainment.Value, 4);
        }

        _service.Execute(new UpsertRequest { Target = card });
    }

    private void Recognize(Entity row, EntityReference owner, string? ownerName, string period, OutcomeCounts before, OutcomeCounts after, ScoringProfile profile, DateTime now)
    {
        var rep = new Rep { Id = owner.Id.ToString(), Name = ownerName ?? "The rep" };
        var tip = new MilestoneRecognizer(profile).Recognize(rep, period, before, after, now);
        if (tip == null)
        {
            return;
        }

        _service.Create(RecognitionPost.For(tip, row.ToEntityReference()));
    }
}
