using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Cleans <paramref name="snapshot"/> as of <paramref name="now"/>: first every deal is rewound to what was
    /// known at <paramref name="now"/> (<see cref="PointInTime"/>), so scoring a past date never sees later outcomes.
    /// </summary>
    public CleanSnapshot Clean(OrgSnapshot snapshot, DateTime now) => Clean(snapshot, now, null);

    /// <summary>
    /// <see cref="Clean(OrgSnapshot, DateTime)"/>, handing each deal to <paramref name="stream"/> as soon as its activities
    /// are grouped when they arrive in deal order (<see cref="CleanSnapshot.Streamed"/>).
    /// </summary>
    internal CleanSnapshot Clean(OrgSnapshot snapshot, DateTime now, IDealStream? stream)
    {
        if (snapshot == null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var log = new IssueLog();
        var repair = new RecordRepair(stages, now, maxCloseDateYearsAhead);
        var reps = CleanReps(snapshot.Reps, repair, log);
        var notYetCreated = new HashSet<string>(StringComparer.Ordinal);
        var deals = CleanOpportunities(snapshot.Opportunities, reps, now, repair, notYetCreated, log);
        deals.SortById();
        var repList = SortedById(new List<Rep>(reps.Values), r => r.Id);
        stream?.Begin(repList, deals.Count);
        var activities = ActivityGrouping.Build(snapshot.Activities, deals, now, notYetCreated, log, stream);
        return new CleanSnapshot(activities)
        {
            Reps = repList,
            RepsById = reps,
            Opportunities = deals.Sorted,
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

    private static Dictionary<string, Rep> CleanReps(IList<Rep>? reps, RecordRepair repair, IssueLog log)
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
                result.Add(rep.Id, repair.Repair(rep, log));
            }
        }

        return result;
    }

    /// <summary>
    /// Deals read ahead at a time (<see cref="ReadFields"/>): enough for their cache misses to overlap, few enough to stay in cache
    /// until checked.
    /// </summary>
    private const int ReadAhead = 32;

    /// <summary>
    /// Reads what the checks read of deals [<paramref name="from"/>, <paramref name="to"/>), histories included, in a tight
    /// loop. A hundred thousand deals do not fit in any cache: this loop lets the processor fetch several deals' memory at
    /// once, where the checks, with their many steps per deal, would wait for one deal at a time. Not inlined, so the reads
    /// cannot be optimised away; the sum returned means nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ReadFields(IList<Opportunity> deals, int from, int to)
    {
        long sum = 0;
        for (var i = from; i < to; i++)
        {
            var deal = deals[i];
            if (deal == null)
            {
                continue;
            }

            sum += (deal.Id?.Length ?? 0) + deal.CreatedOn.Ticks + deal.ModifiedOn.Ticks + (int)deal.Status + deal.ContactsEngaged
                + (deal.ActualCloseDate?.Ticks ?? 0) + (deal.EstimatedCloseDate?.Ticks ?? 0);
            var history = deal.StageHistory;
            for (var h = 0; h < (history?.Count ?? 0); h++)
            {
                sum += history![h]?.EnteredOn.Ticks ?? 0;
            }

            var changes = deal.CloseDateChanges;
            for (var c = 0; c < (changes?.Count ?? 0); c++)
            {
                sum += changes![c]?.ChangedOn.Ticks ?? 0;
            }
        }

        return sum;
    }

    private DealIndex CleanOpportunities(IList<Opportunity>? opportunities, Dictionary<string, Rep> reps, DateTime now,
        RecordRepair repair, HashSet<string> notYetCreated, IssueLog log)
    {
        var result = new DealIndex(opportunities?.Count ?? 0);
        var firstStage = stages.First?.Name ?? "";
        var list = opportunities ?? new List<Opportunity>();
        string? knownOwner = null;
        for (var i = 0; i < list.Count; i++)
        {
            if (i % ReadAhead == 0)
            {
                ReadFields(list, i, Math.Min(list.Count, i + ReadAhead));
            }

            var original = list[i];
            if (original == null)
            {
                log.Add(DataIssueCodes.NullRecord, RecordTypes.Opportunity, null, "Null opportunity skipped.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(original.Id))
            {
                log.Add(DataIssueCodes.MissingId, RecordTypes.Opportunity, null, "Opportunity '" + original.Name + "' has no id and was skipped.");
                continue;
            }

            var opportunity = PointInTime.Rewind(original, now, firstStage);
            if (opportunity == null)
            {
                // Created after "now": it did not exist yet, which is not a data problem.
                notYetCreated.Add(original.Id);
                continue;
            }

            // Consecutive deals mostly share an owner (CRM ids are handed out in batches): look the owner up when it changes.
            if (opportunity.OwnerId == null || !ReferenceEquals(opportunity.OwnerId, knownOwner))
            {
                if (opportunity.OwnerId == null || !reps.ContainsKey(opportunity.OwnerId))
                {
                    log.Add(DataIssueCodes.UnknownOwner, RecordTypes.Opportunity, opportunity.Id, "Owner '" + opportunity.OwnerId + "' is not a scored rep; the deal is left out.");
                    continue;
                }

                knownOwner = opportunity.OwnerId;
            }

            var repaired = repair.Repair(opportunity, log);
            if (repaired == null)
            {
                continue;
            }

            var existing = result.Add(repaired, out var slot);
            if (existing == null)
            {
                continue;
            }

            log.Add(DataIssueCodes.DuplicateId, RecordTypes.Opportunity, repaired.Id, "Duplicate opportunity id; one record was kept by the duplicate rule (latest modified first).");
            if (DuplicateRule.Prefer(repaired, existing))
            {
                result.Replace(slot, repaired);
            }
        }

        return result;
    }
}
