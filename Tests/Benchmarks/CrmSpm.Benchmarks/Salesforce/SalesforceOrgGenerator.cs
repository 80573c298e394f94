using System.Globalization;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Json;
using CrmSpm.Salesforce.Emulator;

namespace CrmSpm.Benchmarks.Salesforce;

/// <summary>
/// A deterministic org for the first-sync benchmark (docs/performance.md, "Salesforce connector"): 50 reps, 1,000 accounts,
/// 10,000 opportunities with 2 stage-history rows each, and 100,000 activities (70,000 tasks, 30,000 events).
/// </summary>
internal static class SalesforceOrgGenerator
{
    public const int Reps = 50;
    public const int Accounts = 1_000;
    public const int Opportunities = 10_000;
    public const int HistoryPerOpportunity = 2;
    public const int Tasks = 70_000;
    public const int Events = 30_000;

    public static int TotalRows => Reps + Accounts + Opportunities * (1 + HistoryPerOpportunity) + Tasks + Events;

    private static readonly string[] Stages = { "Qualify", "Develop", "Propose", "Close" };

    public static void Seed(EmulatorStore store, DateTimeOffset now)
    {
        var random = new Random(42);
        var reps = Enumerable.Range(0, Reps).Select(i => store.Insert("User", new JsonObject { ["Name"] = $"Rep {i:D2}", ["IsActive"] = true })).ToArray();
        var accounts = Enumerable.Range(0, Accounts).Select(i => store.Insert("Account", new JsonObject { ["Name"] = $"Account {i:D4}", ["OwnerId"] = reps[i % Reps] })).ToArray();
        var deals = new string[Opportunities];
        for (var i = 0; i < Opportunities; i++)
        {
            var closed = random.NextDouble() < 0.4;
            var stage = closed ? "Close" : Stages[random.Next(Stages.Length)];
            var closeDate = now.AddDays(random.Next(-120, 90));
            deals[i] = store.Insert("Opportunity", new JsonObject
            {
                ["Name"] = $"Deal {i:D5}",
                ["OwnerId"] = reps[i % Reps],
                ["AccountId"] = accounts[i % Accounts],
                ["StageName"] = stage,
                ["Amount"] = random.Next(5, 200) * 1000,
                ["CloseDate"] = closeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["IsClosed"] = closed,
                ["IsWon"] = closed && random.NextDouble() < 0.45,
                ["NextStep"] = random.NextDouble() < 0.7 ? "Follow up" : null,
                ["ForecastCategoryName"] = closed ? "Closed" : "Pipeline",
            });
            for (var h = 0; h < HistoryPerOpportunity; h++)
            {
                store.Insert("OpportunityHistory", new JsonObject
                {
                    ["OpportunityId"] = deals[i],
                    ["StageName"] = Stages[Math.Min(h, Stages.Length - 1)],
                    ["CloseDate"] = closeDate.AddDays(-7 * (HistoryPerOpportunity - h)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
            }
        }

        for (var i = 0; i < Tasks; i++)
        {
            var deal = random.Next(Opportunities);
            store.Insert("Task", new JsonObject
            {
                ["Subject"] = "Call",
                ["OwnerId"] = reps[deal % Reps],
                ["WhatId"] = deals[deal],
                ["TaskSubtype"] = i % 3 == 0 ? "Email" : "Call",
                ["Status"] = "Completed",
                ["CompletedDateTime"] = SalesforceDateTime.Format(now.AddDays(-random.Next(1, 90))),
            });
        }

        for (var i = 0; i < Events; i++)
        {
            var deal = random.Next(Opportunities);
            var start = now.AddDays(-random.Next(1, 90));
            store.Insert("Event", new JsonObject
            {
                ["Subject"] = "Meeting",
                ["OwnerId"] = reps[deal % Reps],
                ["WhatId"] = deals[deal],
                ["StartDateTime"] = SalesforceDateTime.Format(start),
                ["EndDateTime"] = SalesforceDateTime.Format(start.AddHours(1)),
                ["DurationInMinutes"] = 60,
            });
        }
    }
}
