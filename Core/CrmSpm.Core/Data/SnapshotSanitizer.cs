using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Data;

/// <summary>
/// Checks a snapshot before scoring and applies the documented safe defaults: null entries and records
/// without an id are skipped; duplicate ids keep the most recently modified opportunity, the first rep, and
/// the first activity with that id on the same deal; deals of unknown reps and activities regarding unknown deals are left out; negative amounts,
/// implausible close dates and unknown stages are reported here and handled by <see cref="Scoring.DealFactsBuilder"/>.
/// The caller's objects are never modified.
/// </summary>
public sealed class SnapshotSanitizer
{
    private readonly StageCatalogue stages;
    private readonly double maxCloseDateYearsAhead;

    /// <summary>Creates a sanitizer for <paramref name="profile"/>'s stage catalogue and limits.</summary>
    public SnapshotSanitizer(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        stages = new StageCatalogue(profile.Stages);
        maxCloseDateYearsAhead = profile.Thresholds.MaxCloseDateYearsAhead;
    }

    /// <summary>Cleans <paramref name="snapshot"/> as of <paramref name="now"/>.</summary>
    public CleanSnapshot Clean(OrgSnapshot snapshot, DateTime now)
    {
        if (snapshot == null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var log = new IssueLog();
        var reps = CleanReps(snapshot.Reps, log);
        var opportunities = CleanOpportunities(snapshot.Opportunities, reps, now, log);
        var repList = SortedById(new List<Rep>(reps.Values), r => r.Id);
        var opportunityList = SortedById(new List<Opportunity>(opportunities.Values), o => o.Id);
        var activities = ActivityGrouping.Build(snapshot.Activities, opportunityList, log);
        return new CleanSnapshot(activities)
        {
            Reps = repList,
            RepsById = reps,
            Opportunities = opportunityList,
            Issues = log.ToList(),
        };
    }

    /// <summary>Sorts by ordinal id so input order cannot matter; skips the sort when the input is already in order (usual for CRM pages).</summary>
    private static List<T> SortedById<T>(List<T> items, Func<T, string> id)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (string.CompareOrdinal(id(items[i - 1]), id(items[i])) > 0)
            {
                items.Sort((a, b) => string.CompareOrdinal(id(a), id(b)));
                break;
            }
        }

        return items;
    }

    private static Dictionary<string, Rep> CleanReps(IList<Rep>? reps, IssueLog log)
    {
        var result = new Dictionary<string, Rep>(reps?.Count ?? 0, StringComparer.Ordinal);
        foreach (var rep in reps ?? new List<Rep>())
        {
            if (rep == null)
            {
                log.Add(DataIssueCodes.NullRecord, RecordTypes.Rep, null, "Null rep skipped.");
            }
            else if (string.IsNullOrWhiteSpace(rep.Id))
            {
                log.Add(DataIssueCodes.MissingId, RecordTypes.Rep, null, "Rep '" + rep.Name + "' has no id and was skipped.");
            }
            else if (result.ContainsKey(rep.Id))
            {
                log.Add(DataIssueCodes.DuplicateId, RecordTypes.Rep, rep.Id, "Duplicate rep id; the first one was kept.");
            }
            else
            {
                result.Add(rep.Id, rep);
            }
        }

        return result;
    }

    private Dictionary<string, Opportunity> CleanOpportunities(IList<Opportunity>? opportunities, Dictionary<string, Rep> reps, DateTime now, IssueLog log)
    {
        // Sized up front: growing a dictionary of 100,000 deals rehashes every id several times.
        var result = new Dictionary<string, Opportunity>(opportunities?.Count ?? 0, StringComparer.Ordinal);
        var latestPlausibleClose = now.AddDays(365.25 * maxCloseDateYearsAhead);
        foreach (var opportunity in opportunities ?? new List<Opportunity>())
        {
            if (opportunity == null)
            {
                log.Add(DataIssueCodes.NullRecord, RecordTypes.Opportunity, null, "Null opportunity skipped.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(opportunity.Id))
            {
                log.Add(DataIssueCodes.MissingId, RecordTypes.Opportunity, null, "Opportunity '" + opportunity.Name + "' has no id and was skipped.");
                continue;
            }

            if (opportunity.OwnerId == null || !reps.ContainsKey(opportunity.OwnerId))
            {
                log.Add(DataIssueCodes.UnknownOwner, RecordTypes.Opportunity, opportunity.Id, "Owner '" + opportunity.OwnerId + "' is not a scored rep; the deal is left out.");
                continue;
            }

            if (result.TryGetValue(opportunity.Id, out var existing))
            {
                log.Add(DataIssueCodes.DuplicateId, RecordTypes.Opportunity, opportunity.Id, "Duplicate opportunity id; the most recently modified one was kept.");
                if (opportunity.ModifiedOn <= existing.ModifiedOn)
                {
                    continue;
                }
            }

            ReportValueProblems(opportunity, latestPlausibleClose, log);
            result[opportunity.Id] = opportunity;
        }

        return result;
    }

    private void ReportValueProblems(Opportunity opportunity, DateTime latestPlausibleClose, IssueLog log)
    {
        if (opportunity.Amount < 0)
        {
            log.Add(DataIssueCodes.NegativeAmount, RecordTypes.Opportunity, opportunity.Id,
                "Amount " + opportunity.Amount.ToString(CultureInfo.InvariantCulture) + " is negative; scored as 0.");
        }

        if (opportunity.EstimatedCloseDate.HasValue && opportunity.EstimatedCloseDate.Value > latestPlausibleClose)
        {
            log.Add(DataIssueCodes.ImplausibleCloseDate, RecordTypes.Opportunity, opportunity.Id,
                "Close date " + opportunity.EstimatedCloseDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " is implausibly far ahead; treated as missing.");
        }

        if (stages.Find(opportunity.Stage) == null)
        {
            log.Add(DataIssueCodes.UnknownStage, RecordTypes.Opportunity, opportunity.Id,
                "Stage '" + opportunity.Stage + "' is not in the profile's catalogue; scored as the first stage.");
        }

        if (!opportunity.IsOpen && !opportunity.ActualCloseDate.HasValue)
        {
            log.Add(DataIssueCodes.MissingCloseDate, RecordTypes.Opportunity, opportunity.Id,
                "Closed deal without an actual close date; its last modification date is used.");
        }
    }
}
