using System.Globalization;
using System.Text;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Cli.Import.Output;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>
/// Writes an <see cref="OrgSnapshot"/> (from Core's simulator) as the CSV files a CRM export would be, with the
/// headers of <paramref name="mapping"/> and dates and amounts in a culture: what the import tests read back.
/// </summary>
internal static class SnapshotCsv
{
    public static ImportPaths Write(OrgSnapshot org, ImportMapping mapping, CultureInfo culture, string directory)
    {
        Directory.CreateDirectory(directory);
        var keyByName = string.Equals(mapping.Users.Id, mapping.Users.Name, StringComparison.OrdinalIgnoreCase);
        string Key(string repId) => keyByName ? org.Reps.First(r => r.Id == repId).Name : repId;
        string Date(DateTime? value) => value?.ToString("d", culture) ?? "";
        var sourceStage = mapping.Stages.GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
        string Stage(string stage) => sourceStage.TryGetValue(stage, out var source) ? source : stage;

        var o = mapping.Opportunities;
        var deals = org.Opportunities.Select(d =>
        {
            var outcome = d.Status switch { OpportunityStatus.Won => mapping.Outcomes.Won[0], OpportunityStatus.Lost => mapping.Outcomes.Lost[0], _ => mapping.Outcomes.Open.FirstOrDefault(v => v.Length > 0) ?? "Open" };
            var closedSeparately = o.ActualCloseDate != null;
            return new Row
            {
                [o.Id] = d.Id,
                [o.Name] = d.Name,
                [o.Owner] = Key(d.OwnerId),
                [o.Account] = d.AccountId ?? "",
                [o.Stage] = o.Status == null && !d.IsOpen ? outcome : Stage(d.Stage),
                [o.Status] = outcome,
                [o.PipelineAmount] = d.PipelineAmount.ToString("N2", culture),
                [o.CloseValue] = d.ActualAmount?.ToString("N2", culture) ?? "",
                [o.CreatedOn] = Date(d.CreatedOn),
                [o.CloseDate] = Date(d.IsOpen || closedSeparately ? d.EstimatedCloseDate : d.ActualCloseDate),
                [o.ActualCloseDate] = Date(d.ActualCloseDate),
                [o.NextStep] = d.NextStep ?? "",
                [o.Contacts] = d.ContactsEngaged.ToString(CultureInfo.InvariantCulture),
            };
        });
        var u = mapping.Users;
        var users = org.Reps.Select(r => new Row
        {
            [u.Id] = Key(r.Id),
            [u.Name] = r.Name,
            [u.Manager] = r.ManagerId ?? "",
            [u.Team] = r.TeamId ?? "",
            [u.StartDate] = Date(r.StartDate),
            [u.MonthlyQuota] = r.Quotas.FirstOrDefault()?.Amount.ToString("N2", culture) ?? "",
        });
        var a = mapping.Activities;
        var done = mapping.ActivityCompletedValues[0];
        var activities = org.Activities.Where(x => x.RegardingOpportunityId != null && x.Status != ActivityStatus.Canceled).Select(x => new Row
        {
            [a.Id] = x.Id,
            [a.Kind] = x.Kind.ToString(),
            [a.Owner] = Key(x.OwnerId),
            [a.Opportunity] = x.RegardingOpportunityId!,
            [a.Date] = Date(x.IsCompleted ? x.TouchedOn : x.DueOn ?? x.CreatedOn),
            [a.Status] = x.IsCompleted ? done : "0",
        });
        var delimiter = culture.NumberFormat.NumberDecimalSeparator == "," ? ";" : ",";
        var paths = new ImportPaths(Path.Combine(directory, "opportunities.csv"), Path.Combine(directory, "users.csv"), Path.Combine(directory, "activities.csv"));
        File.WriteAllText(paths.Opportunities, Csv(deals, delimiter), new UTF8Encoding(true));
        File.WriteAllText(paths.Users, Csv(users, delimiter), new UTF8Encoding(true));
        File.WriteAllText(paths.Activities, Csv(activities, delimiter), new UTF8Encoding(true));
        return paths;
    }

    private static string Csv(IEnumerable<Row> rows, string delimiter)
    {
        var list = rows.ToList();
        var headers = list.FirstOrDefault()?.Keys.ToList() ?? new List<string>();
        var text = new StringBuilder(string.Join(delimiter, headers.Select(ExportWriter.Field)) + "\r\n");
        foreach (var row in list)
        {
            text.Append(string.Join(delimiter, headers.Select(h => Quote(row[h], delimiter)))).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string value, string delimiter) =>
        value.Contains(delimiter, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Header → value in column order; a null header (unmapped field) is not written, a repeated one once.</summary>
    private sealed class Row : Dictionary<string, string>
    {
        public Row()
            : base(StringComparer.OrdinalIgnoreCase)
        {
        }

        public new string this[string? header]
        {
            get => base[header!];
            set
            {
                if (header != null)
                {
                    TryAdd(header, value);
                }
            }
        }
    }
}

public sealed record ImportPaths(string Opportunities, string Users, string Activities);
