using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Data;

/// <summary>
/// Checks one record's values and returns a repaired copy (the caller's record is never changed), or null when
/// the record cannot be placed in time and is left out. Every problem becomes a <see cref="DataIssue"/> naming
/// the record; docs/scoring.md ("Bad data") lists what is done for each.
/// </summary>
internal sealed class RecordRepair
{
    /// <summary>Dates before this are defaults or typing errors, not sales history.</summary>
    public static readonly DateTime EarliestPlausible = new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Amounts above this (a thousand billion) are typing or export errors; they are treated as missing, which also
    /// keeps sums of a hundred thousand deals far from decimal's limit.
    /// </summary>
    public const decimal MaxPlausibleAmount = 1000000000000000m;

    private readonly StageCatalogue stages;
    private readonly DateTime now;
    private readonly DateTime latestPlausibleClose;

    public RecordRepair(StageCatalogue stages, DateTime now, double maxCloseDateYearsAhead)
    {
        this.stages = stages;
        this.now = now;
        latestPlausibleClose = SafeAddDays(now, 365.25 * maxCloseDateYearsAhead);
    }

    /// <summary><paramref name="date"/> plus <paramref name="days"/>, saturating at the calendar's ends instead of throwing.</summary>
    public static DateTime SafeAddDays(DateTime date, double days)
    {
        if (double.IsNaN(days))
        {
            return date;
        }

        var room = days >= 0 ? (DateTime.MaxValue - date).TotalDays : (date - DateTime.MinValue).TotalDays;
        return Math.Abs(days) >= room ? (days >= 0 ? DateTime.MaxValue : DateTime.MinValue) : date.AddDays(days);
    }

    /// <summary>True for a date between 1950 and "now + maxCloseDateYearsAhead".</summary>
    public bool IsPlausible(DateTime date) => date >= EarliestPlausible && date <= latestPlausibleClose;

    public Opportunity? Repair(Opportunity opportunity, IssueLog log)
    {
        var id = opportunity.Id;
        if (opportunity.Status != OpportunityStatus.Open && opportunity.Status != OpportunityStatus.Won && opportunity.Status != OpportunityStatus.Lost)
        {
            log.Add(DataIssueCodes.UnknownStatus, RecordTypes.Opportunity, id, "Status " + ((int)opportunity.Status).ToString(CultureInfo.InvariantCulture) + " is neither open, won nor lost; the deal is left out.");
            return null;
        }

        // Copied on the first repair only; passed by reference, not as a delegate, which would allocate per record.
        Opportunity? copy = null;
        RepairAmounts(opportunity, ref copy, log);

        var closedOn = opportunity.ActualCloseDate;
        if (!opportunity.IsOpen)
        {
            if (closedOn.HasValue && !IsPlausible(closedOn.Value))
            {
                log.Add(DataIssueCodes.ImplausibleDate, RecordTypes.Opportunity, id, "Actual close date " + Day(closedOn.Value) + " is impossible; treated as missing.");
                closedOn = null;
            }

            if (!closedOn.HasValue)
            {
                if (!IsPlausible(opportunity.ModifiedOn) || opportunity.ModifiedOn > now)
                {
                    log.Add(DataIssueCodes.MissingCloseDate, RecordTypes.Opportunity, id, "Closed deal without a usable close or modification date; left out.");
                    return null;
                }

                log.Add(DataIssueCodes.MissingCloseDate, RecordTypes.Opportunity, id, "Closed deal without an actual close date; its last modification date (" + Day(opportunity.ModifiedOn) + ") is used.");
                closedOn = opportunity.ModifiedOn;
            }

            if (closedOn != opportunity.ActualCloseDate)
            {
                Writable(opportunity, ref copy).ActualCloseDate = closedOn;
            }
        }

        RepairCreatedOn(opportunity, closedOn, ref copy, log);
        if (opportunity.EstimatedCloseDate.HasValue && !IsPlausible(opportunity.EstimatedCloseDate.Value))
        {
            log.Add(DataIssueCodes.ImplausibleCloseDate, RecordTypes.Opportunity, id,
                "Close date " + Day(opportunity.EstimatedCloseDate.Value) + " is implausible; treated as missing.");
            Writable(opportunity, ref copy).EstimatedCloseDate = null;
        }

        if (stages.Find(opportunity.Stage) == null)
        {
            log.Add(DataIssueCodes.UnknownStage, RecordTypes.Opportunity, id,
                "Stage '" + opportunity.Stage + "' is not in the profile's catalogue; scored as the first stage.");
        }

        RepairHistory(opportunity, ref copy, log);
        if (opportunity.ContactsEngaged < 0)
        {
            Writable(opportunity, ref copy).ContactsEngaged = 0;
        }

        return copy ?? opportunity;
    }

    /// <summary>A copy of <paramref name="rep"/> with unusable territory, start date, quotas and commits dropped.</summary>
    public Rep Repair(Rep rep, IssueLog log)
    {
        Rep? copy = null;
        Rep Copy() => copy ?? (copy = rep.Copy());
        if (double.IsNaN(rep.TerritorySize) || double.IsInfinity(rep.TerritorySize))
        {
            log.Add(DataIssueCodes.ImplausibleValue, RecordTypes.Rep, rep.Id, "Territory size is not a number; treated as unknown.");
            Copy().TerritorySize = 0;
        }

        if (rep.StartDate > now)
        {
            log.Add(DataIssueCodes.ImplausibleDate, RecordTypes.Rep, rep.Id, "Start date " + Day(rep.StartDate) + " is after the scoring date; tenure treated as unknown.");
            Copy().StartDate = default(DateTime);
        }

        var quotas = Plausible(rep.Quotas, q => q == null || (q.Amount >= 0 && q.Amount <= MaxPlausibleAmount), rep.Id, "Quota", log);
        if (quotas != null)
        {
            Copy().Quotas = quotas;
        }

        var commits = Plausible(rep.ForecastCommits, c => c == null || (c.Amount >= 0 && c.Amount <= MaxPlausibleAmount), rep.Id, "Forecast commit", log);
        if (commits != null)
        {
            Copy().ForecastCommits = commits;
        }

        return copy ?? rep;
    }

    private static List<T>? Plausible<T>(IList<T>? items, Func<T, bool> ok, string repId, string what, IssueLog log)
    {
        List<T>? kept = null;
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (!ok(items![i]) && kept == null)
            {
                kept = new List<T>();
                for (var j = 0; j < i; j++)
                {
                    kept.Add(items[j]);
                }

                log.Add(DataIssueCodes.ImplausibleAmount, RecordTypes.Rep, repId, what + " amounts below 0 or above 10^15 are ignored.");
            }
            else if (kept != null && ok(items[i]))
            {
                kept.Add(items[i]);
            }
        }

        return kept;
    }

    private static Opportunity Writable(Opportunity opportunity, ref Opportunity? copy) => copy ?? (copy = opportunity.Copy());

    private static void RepairAmounts(Opportunity opportunity, ref Opportunity? copy, IssueLog log)
    {
        // Connectors that have one amount fill both fields with it (Salesforce Amount): one bad value is one issue.
        var amountReported = opportunity.Amount < 0 || opportunity.Amount > MaxPlausibleAmount;
        if (opportunity.Amount < 0)
        {
            log.Add(DataIssueCodes.NegativeAmount, RecordTypes.Opportunity, opportunity.Id,
                "Amount " + opportunity.Amount.ToString(CultureInfo.InvariantCulture) + " is negative; scored as 0.");
            Writable(opportunity, ref copy).Amount = 0;
        }
        else if (opportunity.Amount > MaxPlausibleAmount)
        {
            log.Add(DataIssueCodes.ImplausibleAmount, RecordTypes.Opportunity, opportunity.Id, "Amount above 10^15; treated as 0.");
            Writable(opportunity, ref copy).Amount = 0;
        }

        if (opportunity.EstimatedAmount.HasValue && (opportunity.EstimatedAmount.Value < 0 || opportunity.EstimatedAmount.Value > MaxPlausibleAmount))
        {
            if (!(amountReported && opportunity.EstimatedAmount.Value == opportunity.Amount))
            {
                log.Add(DataIssueCodes.ImplausibleAmount, RecordTypes.Opportunity, opportunity.Id, "Estimated amount below 0 or above 10^15; treated as missing.");
            }

            Writable(opportunity, ref copy).EstimatedAmount = null;
        }

        if (opportunity.ActualAmount.HasValue && (opportunity.ActualAmount.Value < 0 || opportunity.ActualAmount.Value > MaxPlausibleAmount))
        {
            log.Add(DataIssueCodes.ImplausibleAmount, RecordTypes.Opportunity, opportunity.Id, "Actual amount below 0 or above 10^15; treated as missing.");
            Writable(opportunity, ref copy).ActualAmount = null;
        }
    }

    /// <summary>A missing creation date becomes the earliest plausible date the record has; a close before creation moves creation to the close.</summary>
    private void RepairCreatedOn(Opportunity opportunity, DateTime? closedOn, ref Opportunity? copy, IssueLog log)
    {
        if (!IsPlausible(opportunity.CreatedOn))
        {
            var earliest = EarliestKnownDate(opportunity, closedOn);
            log.Add(DataIssueCodes.ImplausibleDate, RecordTypes.Opportunity, opportunity.Id,
                "Created on " + Day(opportunity.CreatedOn) + " is impossible; " + Day(earliest) + " (its earliest recorded date) is used.");
            Writable(opportunity, ref copy).CreatedOn = earliest;
        }
        else if (closedOn.HasValue && closedOn.Value < opportunity.CreatedOn)
        {
            log.Add(DataIssueCodes.CloseBeforeCreate, RecordTypes.Opportunity, opportunity.Id,
                "Closed on " + Day(closedOn.Value) + ", before it was created (" + Day(opportunity.CreatedOn) + "); creation moved to the close date.");
            Writable(opportunity, ref copy).CreatedOn = closedOn.Value;
        }
    }

    private DateTime EarliestKnownDate(Opportunity opportunity, DateTime? closedOn)
    {
        var earliest = closedOn ?? now;
        if (IsPlausible(opportunity.ModifiedOn) && opportunity.ModifiedOn < earliest)
        {
            earliest = opportunity.ModifiedOn;
        }

        foreach (var change in opportunity.StageHistory ?? new List<StageChange>())
        {
            if (change != null && IsPlausible(change.EnteredOn) && change.EnteredOn < earliest)
            {
                earliest = change.EnteredOn;
            }
        }

        return earliest;
    }

    /// <summary>Stage entries and close-date changes with impossible dates are dropped.</summary>
    private void RepairHistory(Opportunity opportunity, ref Opportunity? copy, IssueLog log)
    {
        var history = opportunity.StageHistory;
        for (var i = 0; i < (history?.Count ?? 0); i++)
        {
            if (history![i] != null && !IsPlausible(history[i].EnteredOn))
            {
                log.Add(DataIssueCodes.ImplausibleDate, RecordTypes.Opportunity, opportunity.Id, "Stage history entries with impossible dates are ignored.");
                Writable(opportunity, ref copy).StageHistory = FilterHistory(history);
                break;
            }
        }

        var changes = opportunity.CloseDateChanges;
        for (var i = 0; i < (changes?.Count ?? 0); i++)
        {
            if (changes![i] != null && !IsPlausible(changes[i].ChangedOn))
            {
                log.Add(DataIssueCodes.ImplausibleDate, RecordTypes.Opportunity, opportunity.Id, "Close-date changes with impossible dates are ignored.");
                var kept = new List<CloseDateChange>();
                foreach (var change in changes)
                {
                    if (change != null && IsPlausible(change.ChangedOn))
                    {
                        kept.Add(change);
                    }
                }

                Writable(opportunity, ref copy).CloseDateChanges = kept;
                break;
            }
        }
    }

    private List<StageChange> FilterHistory(IList<StageChange> history)
    {
        var kept = new List<StageChange>();
        foreach (var change in history)
        {
            if (change != null && IsPlausible(change.EnteredOn))
            {
                kept.Add(change);
            }
        }

        return kept;
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
