using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// Maps an <c>opportunity</c> row to Core's model. Missing columns map to Core's documented defaults (no amount is 0,
/// no stage is the catalogue's first stage), never to an exception.
/// </summary>
public static class OpportunityMapper
{
    public static Opportunity ToCore(Entity row)
    {
        return new Opportunity
        {
            Id = row.Id.ToString(),
            Name = row.GetAttributeValue<string>(OpportunityColumns.Name) ?? "",
            OwnerId = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id.ToString() ?? "",
            AccountId = row.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccountId)?.Id.ToString(),
            Stage = StageOf(row),
            Amount = BaseAmountOf(row),
            EstimatedCloseDate = row.GetAttributeValue<DateTime?>(OpportunityColumns.EstimatedCloseDate),
            ActualCloseDate = row.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate),
            Status = StatusOf(row),
            CreatedOn = row.GetAttributeValue<DateTime?>(OpportunityColumns.CreatedOn) ?? DateTime.MinValue,
            ModifiedOn = row.GetAttributeValue<DateTime?>(OpportunityColumns.ModifiedOn) ?? DateTime.MinValue,
            NextStep = row.GetAttributeValue<string>(OpportunityColumns.NextStep),
            ContactsEngaged = row.GetAttributeValue<int?>(OpportunityColumns.ContactsEngaged) ?? 0,
            StageHistory = StageHistoryOf(row).ToList(),
            CloseDateChanges = PushesOf(row),
        };
    }

    /// <summary>The stage name: the business process flow's <c>stepname</c>; empty when not set.</summary>
    public static string StageOf(Entity row) => row.GetAttributeValue<string>(OpportunityColumns.StepName) ?? "";

    /// <summary>
    /// The amount in the organization's base currency, so deals in different currencies compare fairly. A row without
    /// the base amount (a single-currency org that never calculated it) falls back to the transaction amount.
    /// </summary>
    public static decimal BaseAmountOf(Entity row) =>
        row.GetAttributeValue<Money>(OpportunityColumns.EstimatedValueBase)?.Value
        ?? row.GetAttributeValue<Money>(OpportunityColumns.EstimatedValue)?.Value
        ?? 0m;

    public static OpportunityStatus StatusOf(Entity row)
    {
        switch (row.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value)
        {
            case OpportunityState.Won: return OpportunityStatus.Won;
            case OpportunityState.Lost: return OpportunityStatus.Lost;
            default: return OpportunityStatus.Open;
        }
    }

    public static IEnumerable<StageChange> StageHistoryOf(Entity row) =>
        (JsonColumn.Read<List<StageEntry>>(row.GetAttributeValue<string>(OpportunityColumns.StageHistory)) ?? new List<StageEntry>())
            .Where(e => e != null && IsoDate.Read(e.EnteredOn).HasValue)
            .Select(e => new StageChange { Stage = e.Stage, EnteredOn = IsoDate.Read(e.EnteredOn)!.Value });

    // The row keeps only the number of pushes; Core counts pushes from changes, so each becomes one later-date change.
    private static IList<CloseDateChange> PushesOf(Entity row)
    {
        var pushes = Math.Max(0, row.GetAttributeValue<int?>(OpportunityColumns.ClosedatePushCount) ?? 0);
        var anchor = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, pushes)
            .Select(i => new CloseDateChange { ChangedOn = anchor, OldDate = anchor.AddDays(i), NewDate = anchor.AddDays(i + 1) })
            .ToList();
    }
}
