using System;
using System.Collections.Generic;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>Users/teams rows → Core's <see cref="Rep"/> (the monthly quota is kept aside until the periods are known).</summary>
internal static class UserImport
{
    /// <summary>The users by id, with their monthly quota (null when blank) and line.</summary>
    public static Dictionary<string, (Rep Rep, decimal? Quota, int Line)> Read(CsvTable table, RowReader reader, UserColumns columns)
    {
        var id = table.Column(columns.Id, "users.id", true);
        var name = table.Column(columns.Name, "users.name", false);
        var manager = table.Column(columns.Manager, "users.manager", false);
        var team = table.Column(columns.Team, "users.team", false);
        var start = table.Column(columns.StartDate, "users.startDate", false);
        var quota = table.Column(columns.MonthlyQuota, "users.monthlyQuota", false);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var users = new Dictionary<string, (Rep, decimal?, int)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            reader.Row = row;
            if (!reader.Required(id, "the user id", out var userId) || !reader.FirstTime(seen, userId, "user")
                || !reader.Date(start, "the start date", out var startDate, needsIt: false, startDate: true)
                || !reader.Amount(quota, "the monthly quota", out var monthlyQuota))
            {
                continue;
            }

            var rep = new Rep
            {
                Id = userId,
                Name = reader.Text(name).Length > 0 ? reader.Text(name) : userId,
                ManagerId = reader.Text(manager).Length > 0 ? reader.Text(manager) : null,
                TeamId = reader.Text(team).Length > 0 ? reader.Text(team) : null,
                StartDate = startDate ?? DateTime.MinValue,
            };
            users[userId] = (rep, monthlyQuota, row.Line);
        }

        return users;
    }
}
