using System;
using System.Collections.Generic;
using System.Globalization;
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
            var table = new CsvTable(Path.GetFileName(path), ReadFile(path, out var encoding), mappingName);
            total += table.Rows.Count;
            rowsRead?.Invoke(total);
            if (encoding.CodePage == CsvReader.Windows1252.CodePage)
            {
                summary.Remark(table.File, "read as Windows-1252 (Excel's \"CSV\" on Western Windows), since it is not UTF-8");
            }

            if (table.RepeatedHeaderLines.Count > 0)
            {
                summary.Remark(table.File, table.RepeatedHeaderLines.Count.ToString(CultureInfo.InvariantCulture) + " repeated header rows left out (lines " +
                    string.Join(", ", table.RepeatedHeaderLines.Select(l => l.ToString(CultureInfo.InvariantCulture))) + ")");
            }

            return table;
        }

        // The opportunities' created dates place the export in time, for every file's dates (ImportDates).
        var opportunityTable = Load(files.Opportunities);
        // Not required here: a missing column is reported with the others, in their order (OpportunityImport).
        var created = opportunityTable.Column(mapping.Opportunities.CreatedOn, "opportunities.createdOn", false);
        var dates = created < 0 ? ImportDates.Unplaced : ImportDates.Around(opportunityTable.Rows.Select(r => parser.Date(CsvTable.Value(r, created))).OfType<DateTime>());
        RowReader Reader(CsvTable table) => new(table, parser, summary, dates);

        Dictionary<string, (Rep Rep, decimal? Quota, int Line)>? users = null;
        if (files.Users != null)
        {
            var table = Load(files.Users);
            users = UserImport.Read(table, Reader(table), mapping.Users);
            summary.Count(table.File, table.Rows.Count);
        }

        HashSet<string>? accounts = null;
        if (files.Accounts != null)
        {
            var table = Load(files.Accounts);
            accounts = ReadAccounts(table, Reader(table));
            summary.Count(table.File, table.Rows.Count);
        }

        Dictionary<string, ImportedProduct>? products = null;
        if (files.Products != null)
        {
            var table = Load(files.Products);
            products = ProductImport.Read(table, Reader(table), mapping.Products);
            summary.Count(table.File, table.Rows.Count);
        }

        var known = new KnownRecords(users == null ? null : new HashSet<string>(users.Keys, StringComparer.Ordinal), FileName(files.Users),
            accounts, products, FileName(files.Products));
        var deals = new OpportunityImport(mapping, profile).Read(opportunityTable, Reader(opportunityTable), known, summary);
        summary.Count(opportunityTable.File, opportunityTable.Rows.Count);
        var reps = Reps(deals, users, summary, FileName(files.Users));

        var activities = new List<Activity>();
        if (files.Activities != null)
        {
            var table = Load(files.Activities);
            var byId = ByIdOrName.Index(deals, d => d.Id, d => d.Name);
            activities = ActivityImport.Read(table, Reader(table), mapping, byId, new HashSet<string>(reps.Select(r => r.Id), StringComparer.Ordinal));
            summary.Count(table.File, table.Rows.Count);
        }

        var latest = deals.Select(d => d.ActualCloseDate ?? d.CreatedOn).Concat(activities.Where(a => a.IsCompleted).Select(a => a.TouchedOn)).DefaultIfEmpty(DateTime.MinValue).Max();
        AddQuotas(reps, users, deals, latest);
        return new ImportResult(new OrgSnapshot { Reps = reps, Opportunities = deals, Activities = activities }, summary, latest);
    }

    private static string FileName(string? path) => path == null ? "" : Path.GetFileName(path);

    private static IReadOnlyList<CsvRecord> ReadFile(string path, out System.Text.Encoding encoding)
    {
        try
        {
            return CsvReader.ReadFile(path, out encoding);
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
