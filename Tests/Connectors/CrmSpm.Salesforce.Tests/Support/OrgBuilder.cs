using System.Globalization;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Json;
using CrmSpm.Salesforce.Emulator;

namespace CrmSpm.Salesforce.Tests.Support;

/// <summary>Seeds the emulator with readable test data: reps, deals and activities with explicit dates.</summary>
public sealed class OrgBuilder
{
    private readonly EmulatorStore _store;

    public OrgBuilder(EmulatorStore store)
    {
        _store = store;
    }

    public string Rep(string name, string? managerId = null) => _store.Insert("User", new JsonObject
    {
        ["Name"] = name,
        ["IsActive"] = true,
        ["ManagerId"] = managerId,
    });

    public string Account(string name, string ownerId) => _store.Insert("Account", new JsonObject { ["Name"] = name, ["OwnerId"] = ownerId });

    public string Deal(string ownerId, string name, DateOnly closeDate, string stage = "Develop", decimal amount = 10000m,
        bool isClosed = false, bool isWon = false, string? nextStep = "Demo on Monday") => _store.Insert("Opportunity", new JsonObject
    {
        ["Name"] = name,
        ["OwnerId"] = ownerId,
        ["StageName"] = stage,
        ["Amount"] = amount,
        ["CloseDate"] = closeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["IsClosed"] = isClosed,
        ["IsWon"] = isWon,
        ["NextStep"] = nextStep,
        ["ForecastCategoryName"] = "Pipeline",
    });

    public string Call(string ownerId, string? dealId, DateTimeOffset completedOn) => _store.Insert("Task", new JsonObject
    {
        ["Subject"] = "Call",
        ["OwnerId"] = ownerId,
        ["WhatId"] = dealId,
        ["TaskSubtype"] = "Call",
        ["Status"] = "Completed",
        ["CompletedDateTime"] = SalesforceDateTime.Format(completedOn),
    });

    public string Meeting(string ownerId, string? dealId, DateTimeOffset start, int minutes = 60) => _store.Insert("Event", new JsonObject
    {
        ["Subject"] = "Meeting",
        ["OwnerId"] = ownerId,
        ["WhatId"] = dealId,
        ["StartDateTime"] = SalesforceDateTime.Format(start),
        ["EndDateTime"] = SalesforceDateTime.Format(start.AddMinutes(minutes)),
        ["DurationInMinutes"] = minutes,
    });

    public JsonObject TipTask(string key) => _store.Live("Task").Single(t => t["CrmSpm_Key__c"]?.ToString() == key);

    public IReadOnlyList<JsonObject> TipTasks() => _store.Live("Task").Where(t => t["CrmSpm_Key__c"] is not null).ToList();
}
