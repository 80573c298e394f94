namespace CrmSpm.Salesforce.Mapping;

/// <summary>
/// Every Salesforce object and field name the connector reads or writes, in one place (standard names from
/// Salesforce's Object Reference, https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/,
/// as transcribed in Tests/Connectors/CrmSpm.Salesforce.Emulator/Schema; the CrmSpm_ names match Solution/Salesforce/force-app).
/// </summary>
public static class SalesforceFields
{
    public const string Id = "Id";
    public const string IsDeleted = "IsDeleted";
    public const string IsArchived = "IsArchived";
    public const string SystemModstamp = "SystemModstamp";
    public const string CreatedDate = "CreatedDate";
    public const string LastModifiedDate = "LastModifiedDate";
    public const string OwnerId = "OwnerId";
    public const string Name = "Name";

    /// <summary>Only in multicurrency orgs.</summary>
    public const string CurrencyIsoCode = "CurrencyIsoCode";

    /// <summary>Only on objects of an org that defines record types for them.</summary>
    public const string RecordTypeId = "RecordTypeId";

    public static class Objects
    {
        public const string User = "User";
        public const string Account = "Account";
        public const string Opportunity = "Opportunity";
        public const string OpportunityHistory = "OpportunityHistory";
        public const string Task = "Task";
        public const string Event = "Event";
        public const string Scorecard = "CrmSpm_Scorecard__c";
    }

    public static class User
    {
        public const string IsActive = "IsActive";
        public const string ManagerId = "ManagerId";
        public const string UserRoleId = "UserRoleId";
    }

    public static class Opportunity
    {
        public const string AccountId = "AccountId";
        public const string StageName = "StageName";
        public const string Amount = "Amount";
        public const string CloseDate = "CloseDate";
        public const string IsClosed = "IsClosed";
        public const string IsWon = "IsWon";
        public const string ForecastCategoryName = "ForecastCategoryName";
        public const string NextStep = "NextStep";

        /// <summary>Only with Enterprise Territory Management.</summary>
        public const string Territory2Id = "Territory2Id";
    }

    public static class OpportunityHistory
    {
        public const string OpportunityId = "OpportunityId";
        public const string StageName = "StageName";
        public const string CloseDate = "CloseDate";
    }

    /// <summary>Fields shared by Task and Event.</summary>
    public static class Activity
    {
        public const string Subject = "Subject";
        public const string WhatId = "WhatId";
        public const string WhoId = "WhoId";
        public const string AccountId = "AccountId";
        public const string ActivityDate = "ActivityDate";
        public const string Description = "Description";

        /// <summary>True on the main record of a recurring series, which holds the pattern; each occurrence is a row of its own.</summary>
        public const string IsRecurrence = "IsRecurrence";
    }

    public static class Task
    {
        public const string Status = "Status";
        public const string Priority = "Priority";
        public const string IsClosed = "IsClosed";
        public const string TaskSubtype = "TaskSubtype";
        public const string CompletedDateTime = "CompletedDateTime";
        public const string CallDurationInSeconds = "CallDurationInSeconds";

        /// <summary>The <see cref="TaskSubtype"/> of a list email: one Task per recipient of one email the rep sent.</summary>
        public const string SubtypeListEmail = "ListEmail";

        public const string StatusNotStarted = "Not Started";
        public const string StatusCompleted = "Completed";
        public const string PriorityHigh = "High";
        public const string PriorityNormal = "Normal";
    }

    public static class Event
    {
        public const string StartDateTime = "StartDateTime";
        public const string EndDateTime = "EndDateTime";
        public const string DurationInMinutes = "DurationInMinutes";

        /// <summary>True on an invitee's copy of an event (owned by the invitee); the organiser's event is the parent.</summary>
        public const string IsChild = "IsChild";

        /// <summary>"3" on the series record of a Lightning recurring event (IsRecurrence2), which holds the pattern.</summary>
        public const string GroupEventType = "GroupEventType";

        public const string GroupEventTypeSeriesPattern = "3";
    }

    /// <summary>Custom fields on Task that make it a coaching tip.</summary>
    public static class Tip
    {
        /// <summary>External id: unique, case-sensitive; Core's tip key.</summary>
        public const string Key = "CrmSpm_Key__c";
        public const string Rule = "CrmSpm_Rule__c";
        public const string Severity = "CrmSpm_Severity__c";
        public const string Evidence = "CrmSpm_Evidence__c";
        public const string Response = "CrmSpm_Response__c";
        public const string DismissReason = "CrmSpm_Dismiss_Reason__c";
        public const string SnoozedUntil = "CrmSpm_Snoozed_Until__c";
        public const string ClosedReason = "CrmSpm_Closed_Reason__c";

        public const string ResponseDone = "Done";
        public const string ResponseDismissed = "Dismissed";
        public const string ResponseSnoozed = "Snoozed";
        public const string ClosedReasonCleared = "Cleared";
    }

    public static class Scorecard
    {
        /// <summary>External id: <c>{userId}|{period}</c>.</summary>
        public const string Key = "CrmSpm_Key__c";
        public const string Rep = "CrmSpm_Rep__c";
        public const string Period = "CrmSpm_Period__c";
        public const string AdoptionScore = "CrmSpm_Adoption_Score__c";
        public const string BehaviourScore = "CrmSpm_Behaviour_Score__c";
        public const string AdoptionTrend = "CrmSpm_Adoption_Trend__c";
        public const string WinRate = "CrmSpm_Win_Rate__c";
        public const string PipelineCoverage = "CrmSpm_Pipeline_Coverage__c";
        public const string QuotaAttainment = "CrmSpm_Quota_Attainment__c";
        public const string Tier = "CrmSpm_Tier__c";

        /// <summary>The <see cref="Tier"/> picklist's value for a rep without a tier (the others are Core's letters).</summary>
        public const string NotTiered = "Not tiered";
        public const string Details = "CrmSpm_Details__c";
    }
}
