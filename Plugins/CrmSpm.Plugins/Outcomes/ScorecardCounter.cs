using System;
using System.Linq;
using System.ServiceModel;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// Applies a close to the owner's outcome counts on their scorecard for the period, as <see cref="TeamModelWriter"/>
/// does to the model: onto the counts as last read, written only if the card still has that version, the card alone
/// read again on a conflict. A rep's first outcome of the period creates the card. A recognition the close earns is
/// claimed in the same guarded write (<see cref="RecognitionLedger"/>), so two jobs never both post it.
/// </summary>
public sealed class ScorecardCounter
{
    private static readonly string[] Columns =
    {
        ScorecardColumns.Id, ScorecardColumns.WonCount, ScorecardColumns.LostCount, ScorecardColumns.WonAmount, ScorecardColumns.Quota, ScorecardColumns.Recognitions,
        RowVersionColumn.Name,
    };

    private readonly IOrganizationService _service;
    private readonly ITracingService _tracing;

    public ScorecardCounter(IOrganizationService service, ITracingService tracing)
    {
        _service = service;
        _tracing = tracing;
    }

    /// <summary>
    /// Decides, on each attempt, from the counts before and after the close and the card's stored recognition ledger,
    /// the ledger to write with the counts; null when the close earns no recognition to post.
    /// </summary>
    public delegate string? LedgerClaim(OutcomeCounts before, OutcomeCounts after, string? ledgerJson);

    /// <summary>The counts after the close, as written; <paramref name="before"/> the counts it was applied to.</summary>
    /// <param name="claim">What the close earns; <paramref name="claimed"/> is true when the written card holds its claim.</param>
    public OutcomeCounts Apply(EntityReference owner, string? ownerName, string period, Entity? card, CloseChange change, LedgerClaim? claim,
        out OutcomeCounts before, out bool claimed)
    {
        for (var attempt = 1; attempt <= OptimisticWrite.MaxAttempts; attempt++)
        {
            before = OutcomeCounts.From(card);
            var after = OutcomeCounts.From(card);
            change.ApplyTo(after);
            var ledger = claim?.Invoke(before, after, card?.GetAttributeValue<string>(ScorecardColumns.Recognitions));
            claimed = ledger != null;
            var version = card == null ? null : OptimisticWrite.VersionOf(card);
            try
            {
                if (card == null)
                {
                    _service.Create(WithCounts(NewCard(owner, ownerName, period), after, ledger));
                    return after;
                }

                if (version != null)
                {
                    OptimisticWrite.Update(_service, WithCounts(new Entity(ScorecardColumns.EntityName, card.Id) { RowVersion = version }, after, ledger));
                    return after;
                }
            }
            catch (FaultException<OrganizationServiceFault> fault) when (card == null || OptimisticWrite.IsConflict(fault))
            {
                var created = card == null;
                card = Read(owner, period);
                if (card == null && created)
                {
                    throw; // Not a card another close created first: a real failure.
                }

                _tracing.Trace("Deal {0}: the owner's scorecard changed since it was read (attempt {1}), counting the close again.", change.DealId, attempt);
                continue;
            }

            card = Read(owner, period); // A join without the version: read the card itself.
        }

        throw new CloseConflictException($"Deal {change.DealId}: the owner's scorecard changed under the close {OptimisticWrite.MaxAttempts} times; the nightly recompute rebuilds it.");
    }

    private Entity? Read(EntityReference owner, string period)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(Columns), TopCount = 1 };
        query.Criteria.AddCondition(ScorecardColumns.Key, ConditionOperator.Equal, ScorecardColumns.KeyOf(owner.Id, period));
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    private static Entity NewCard(EntityReference owner, string? ownerName, string period) => new Entity(ScorecardColumns.EntityName)
    {
        [ScorecardColumns.Key] = ScorecardColumns.KeyOf(owner.Id, period),
        [ScorecardColumns.Name] = BoundedText.Truncate((ownerName ?? owner.Id.ToString()) + " " + period, ScorecardColumns.NameMaxLength),
        [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, owner.Id),
        [ScorecardColumns.Period] = period,
        [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner.Id),
    };

    private static Entity WithCounts(Entity card, OutcomeCounts counts, string? ledger)
    {
        if (ledger != null)
        {
            card[ScorecardColumns.Recognitions] = ledger;
        }

        card[ScorecardColumns.WonCount] = counts.Won;
        card[ScorecardColumns.LostCount] = counts.Lost;
        card[ScorecardColumns.WonAmount] = new Money(counts.WonAmount);
        card[ScorecardColumns.WinRate] = counts.WinRate.HasValue ? (decimal)Math.Round(counts.WinRate.Value, 4) : (decimal?)null;
        if (counts.Attainment.HasValue)
        {
            card[ScorecardColumns.QuotaAttainment] = (decimal)Math.Round(counts.Attainment.Value, 4);
        }

        return card;
    }
}
