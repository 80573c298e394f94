using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Cli.Import.Rows;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Time;

namespace CrmSpm.Cli.Import;

/// <summary>
/// Reads a CRM export (CSV files and a column mapping) into Core's <see cref="OrgSnapshot"/>. Every row is either
/// loaded or listed in the <see cref="ImportSummary"/> with its file, line and reason; nothing is dropped silently.
/// A required column that is missing stops the import with an <see cref="ImportConfigurationException"/>.
/// </summary>
public sealed class CsvImporter
{
    private readonly ImportMapping mapping;
    private readonly string mappingName;
    private readonly ValueParser parser;
    private readonly ScoringProfile profile;

    public CsvImporter(ImportMapping mapping, string mappingName, ValueParser parser, ScoringProfile profile)
    {
        this.mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
        this.mappingName = mappingName;
        this.parser = parser ?? throw new ArgumentNullException(nameof(parser));
        this.profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    /// <summary>Reads <paramref name="files"/>; <paramref name="rowsRead"/> is told each file's row count as it is read (progress).</summary>
    public ImportResult Import(ImportFiles files, Action<int>? rowsRead = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var summary = new ImportSummary();
        var total = 0;
        CsvTable Load(string path)
        {
            var table = new CsvTable(Path.GetFileName(path), ReadFile(path), mappingName);
            total += table.Rows.Count;
            rowsRead?.Invoke(total);
            return table;
        }

        Dictionary<string, (Rep Rep, decimal? Quota, int Line)>? users = null;
        if (files.Users != null)
        {
            var table = Load(files.Users);
            users = UserImport.Read(table, new RowReader(table, parser, summary), mapping.Users);
            summary.Count(table.File, table.Rows.Count);
        }

        HashSet<string>? accounts = null;
        if (files.Accounts != null)
        {
            var table = Load(files.Accounts);
            accounts = ReadAccounts(table, new RowReader(table, parser, summary));
            summary.Count(table.File, table.Rows.Count);
        }

        var opportunityTable = Load(files.Opportunities);
        var deals = new OpportunityImport(mapping, profile).Read(opportunityTable, new RowReader(opportunityTable, parser, summary),
            users == null ? null : new HashSet<string>(users.Keys, StringComparer.Ordinal), accounts, files.Users == null ? "" : Path.GetFileName(files.Users));
        summary.Count(opportunityTable.File, opportunityTable.Rows.Count);
        var reps = Reps(deals, users, summary, files.Users == null ? "" : Path.GetFileName(files.Users));

        var activities = new List<Activity>();
        if (files.Activities != null)
        {
            var table = Load(files.Activities);
            // Exports often name the regarding deal rather than its id: a name that is unique finds it too.
            var byId = deals.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
            foreach (var deal in deals)
            {
                byId[deal.Id] = deal;
            }

            activities = ActivityImport.Read(table, new RowReader(table, parser, summary), mapping, byId, new HashSet<string>(reps.Select(r => r.Id), StringComparer.Ordinal));
            summary.Count(table.File, table.Rows.Count);
        }

        var latest = deals.Select(d => d.ActualCloseDate ?? d.CreatedOn).Concat(activities.Where(a => a.IsCompleted).Select(a => a.TouchedOn)).DefaultIfEmpty(DateTime.MinValue).Max();
        AddQuotas(reps, users, deals, latest);
        return new ImportResult(new OrgSnapshot { Reps = reps, Opportunities = deals, Activities = activities }, summary, latest);
    }

    private static IReadOnlyList<CsvRecord> ReadFile(string path)
    {
        try
        {
            return CsvReader.ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportConfigurationException("The file " + path + " cannot be read: " + e.Message);
        }
    }

    private HashSet<string> ReadAccounts(CsvTable table, RowReader reader)
    {
        var id = table.Column(mapping.Accounts.Id, "accounts.id", true);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            reader.Row = row;
            _ = reader.Required(id, "the account id", out var accountId) && reader.FirstTime(seen, accountId, "account");
        }

        return new HashSet<string>(seen.Keys, StringComparer.Ordinal);
    }

    /// <summary>
    /// The reps: users who own a deal or manage nobody (without a users file, every owner). A manager who also owns
    /// deals is scored as a rep; the embedded org creates a user once, so their reports' manager link is left out, with a note.
    /// </summary>
    private static List<Rep> Reps(List<Opportunity> deals, Dictionary<string, (Rep Rep, decimal? Quota, int Line)>? users, ImportSummary summary, string usersFile)
    {
        var firstDeal = deals.GroupBy(d => d.OwnerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(d => d.CreatedOn), StringComparer.Ordinal);
        if (users == null)
        {
            return firstDeal.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new Rep { Id = p.Key, Name = p.Key, StartDate = p.Value }).ToList();
        }

        var managers = new HashSet<string>(users.Values.Select(u => u.Rep.ManagerId).Where(m => m != null)!, StringComparer.Ordinal);
        var reps = users.Values.Select(u => u.Rep).Where(r => firstDeal.ContainsKey(r.Id) || !managers.Contains(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var repIds = new HashSet<string>(reps.Select(r => r.Id), StringComparer.Ordinal);
        foreach (var rep in reps)
        {
            if (rep.StartDate == DateTime.MinValue)
            {
                // Unknown start: their first deal, or the data's first for someone without deals.
                rep.StartDate = firstDeal.TryGetValue(rep.Id, out var first) ? first : firstDeal.Values.DefaultIfEmpty(DateTime.UnixEpoch).Min();
            }

            if (rep.ManagerId != null && repIds.Contains(rep.ManagerId))
            {
                summary.Issues.Add(new ImportIssue(usersFile, users[rep.Id].Line, ImportIssueKind.ManagerOwnsDeals,
                    "user \"" + rep.Id + "\": manager \"" + rep.ManagerId + "\" also owns deals and is scored as a rep; the manager link is left out", Skipped: false));
                rep.ManagerId = null;
            }
        }

        return reps;
    }

    /// <summary>The monthly quota, for every period from the first deal's month to the last one's.</summary>
    private static void AddQuotas(List<Rep> reps, Dictionary<string, (Rep Rep, decimal? Quota, int Line)>? users, List<Opportunity> deals, DateTime latest)
    {
        if (users == null || deals.Count == 0)
        {
            return;
        }

        var first = SalesPeriod.Containing(deals.Min(d => d.CreatedOn));
        var last = SalesPeriod.Containing(latest);
        foreach (var rep in reps)
        {
            if (users[rep.Id].Quota is not { } amount)
            {
                continue;
            }

            for (var period = first; period.Start <= last.Start; period = SalesPeriod.Containing(period.End))
            {
                rep.Quotas.Add(new PeriodQuota { Period = period.Key, Amount = amount });
            }
        }
    }
}

/// <summary>The imported org, the import summary, and the latest date in the data, planned activities' due dates left out (the default "now").</summary>
public sealed record ImportResult(OrgSnapshot Snapshot, ImportSummary Summary, DateTime Latest);
