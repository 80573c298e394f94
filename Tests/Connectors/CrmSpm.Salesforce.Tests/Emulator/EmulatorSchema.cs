using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Emulator;

/// <summary>
/// The fields the emulator knows per object: standard fields from the contract notes (§3), custom fields
/// from the SFDX source in Solution/Salesforce. Selecting or writing any other field fails as Salesforce
/// would, so a typo in the connector's field names, or a field missing from the metadata, fails a test.
/// </summary>
public static class EmulatorSchema
{
    private static readonly string[] SystemFields = { "Id", "IsDeleted", "CreatedDate", "LastModifiedDate", "SystemModstamp" };

    private static readonly Dictionary<string, (string KeyPrefix, string[] Fields)> Objects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["User"] = ("005", new[] { "Name", "FirstName", "LastName", "Username", "Email", "IsActive", "ManagerId", "UserRoleId", "ProfileId", "Title", "Department", "TimeZoneSidKey" }),
        ["Account"] = ("001", new[] { "Name", "OwnerId", "LastActivityDate", "Type", "Industry", "ParentId", "AnnualRevenue", "NumberOfEmployees" }),
        ["Opportunity"] = ("006", new[] { "Name", "AccountId", "OwnerId", "StageName", "Amount", "Probability", "CloseDate", "IsClosed", "IsWon", "ForecastCategoryName", "NextStep", "LastActivityDate", "LastStageChangeDate", "PushCount", "Type", "LeadSource", "Description" }),
        ["OpportunityHistory"] = ("008", new[] { "OpportunityId", "StageName", "Amount", "CloseDate", "Probability", "ForecastCategory", "CreatedById", "PrevAmount", "PrevCloseDate", "ExpectedRevenue" }),
        ["Task"] = ("00T", new[] { "Subject", "Status", "Priority", "ActivityDate", "WhatId", "WhoId", "OwnerId", "AccountId", "TaskSubtype", "Type", "Description", "IsClosed", "CompletedDateTime", "CallDurationInSeconds", "CallType", "IsArchived" }.Concat(SfdxSource.CustomFieldNames("Activity")).ToArray()),
        ["Event"] = ("00U", new[] { "Subject", "StartDateTime", "EndDateTime", "ActivityDateTime", "ActivityDate", "DurationInMinutes", "IsAllDayEvent", "WhatId", "WhoId", "OwnerId", "AccountId", "EventSubtype", "Location", "Description", "IsArchived" }.Concat(SfdxSource.CustomFieldNames("Activity")).ToArray()),
        ["CrmSpm_Scorecard__c"] = ("a0S", new[] { "Name", "OwnerId" }.Concat(SfdxSource.CustomFieldNames("CrmSpm_Scorecard__c")).ToArray()),
    };

    public static bool IsKnownObject(string type) => Objects.ContainsKey(type);

    public static string KeyPrefix(string type) => Objects[type].KeyPrefix;

    public static string CanonicalName(string type) => Objects.Keys.First(k => k.Equals(type, StringComparison.OrdinalIgnoreCase));

    public static bool HasField(string type, string field) =>
        SystemFields.Contains(field, StringComparer.OrdinalIgnoreCase)
        || Objects[type].Fields.Contains(field, StringComparer.OrdinalIgnoreCase);

    public static string CanonicalField(string type, string field) =>
        SystemFields.Concat(Objects[type].Fields).First(f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
}
