using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// Maps an <c>opportunity</c> row to Core's model. Missing columns map to Core's documented defaults (no amount is 0),
/// never to an exception. <c>estimatedvalue</c> is the pipeline amount and <c>actualvalue</c> the close value (blank
/// stays null, so a blank close value is never a zero-value win); Core scores with the pipeline amount only. The stage comes from what the CRM stores, through the profile's stage mapping
/// (<c>stepname</c> names and patterns, else the <c>salesstage</c> choice); a stage the profile does not know is left
/// as stored, for the caller to report.
/// </summary>
public static class OpportunityMapper
{
    /// <summary>Every column <see cref="ToCore"/> and <see cref="StageOf"/> read: a query that only maps its rows names these.</summary>
    public static readonly string[] Columns =
    {
        OpportunityColumns.Name, OpportunityColumns.OwnerId, OpportunityColumns.ParentAccountId, OpportunityColumns.StepName,
        OpportunityColumns.SalesStage, OpportunityColumns.EstimatedValueBase, OpportunityColumns.EstimatedValue,
        OpportunityColumns.ActualValueBase, OpportunityColumns.ActualValue, OpportunityColumns.EstimatedCloseDate,
        OpportunityColumns.ActualCloseDate, OpportunityColumns.StateCode, OpportunityColumns.CreatedOn, OpportunityColumns.ModifiedOn,
        OpportunityColumns.NextStep, OpportunityColumns.ContactsEngaged, OpportunityColumns.StageHistory, OpportunityColumns.ClosedatePushCount,
    };

    public static Opportunity ToCore(Entity row, StageCatalogue? stages = null)
    {
        return new Opportunity
        {
            Id = row.Id.ToString(),
            Name = row.GetAttributeValue<string>(OpportunityColumns.Name) ?? "",
            OwnerId = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id.ToString() ?? "",
            AccountId = row.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccountId)?.Id.ToString(),
            Stage = (stages == null ? null : StageOf(row, stages)?.Name) ?? RawStageOf(row),
            Amount = BaseAmountOf(row),
            EstimatedAmount = MoneyOf(row, OpportunityColumns.EstimatedValueBase, OpportunityColumns.EstimatedValue),
            ActualAmount = MoneyOf(row, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualValue),
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

    /// <summary>The profile's stage of the deal, or null when the profile does not know what the row stores.</summary>
    public static StageDefinition? StageOf(Entity row, StageCatalogue stages) =>
        stages.Resolve(row.GetAttributeValue<string>(OpportunityColumns.StepName), row.GetAttributeValue<OptionSetValue>(OpportunityColumns.SalesStage)?.Value);

    /// <summary>What the row stores as its stage, for messages: <c>stepname</c>, else the <c>salesstage</c> value; empty when neither.</summary>
    public static string RawStageOf(Entity row) =>
        row.GetAttributeValue<string>(OpportunityColumns.StepName)
        ?? (row.GetAttributeValue<OptionSetValue>(OpportunityColumns.SalesStage) is { } salesStage ? "salesstage " + salesStage.Value : "");

    /// <summary>
    /// The amount in the organization's base currency, so deals in different currencies compare fairly. A row without
    /// the base amount (a single-currency org that never calculated it) falls back to the transaction amount.
    /// </summary>
    public static decimal BaseAmountOf(Entity row) =>
        MoneyOf(row, OpportunityColumns.EstimatedValueBase, OpportunityColumns.EstimatedValue) ?? 0m;

    /// <summary>The base-currency column's value, else the transaction currency's; null when both are blank.</summary>
    private static decimal? MoneyOf(Entity row, string baseColumn, string column) =>
        row.GetAttributeValue<Money>(baseColumn)?.Value ?? row.GetAttributeValue<Money>(column)?.Value;

    public static OpportunityStatus StatusOf(Entity row)
    {
        switch (row.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value)
        {
            case OpportunityState.Won: return OpportunityStatus.Won;
            case OpportunityState.Lost: return OpportunityStatus.Lost;
            default: return OpportunityStatus.Open;
        }
    }

    /// <summary>The statecode of <paramref name="status"/>: the inverse of <see cref="StatusOf"/>.</summary>
    public static int StateOf(OpportunityStatus status)
    {
        switch (status)
        {
            case OpportunityStatus.Won: return OpportunityState.Won;
            case OpportunityStatus.Lost: return OpportunityState.Lost;
            default: return OpportunityState.Open;
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
