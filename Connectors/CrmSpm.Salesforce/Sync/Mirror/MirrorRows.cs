using System;

namespace CrmSpm.Salesforce.Sync.Mirror;

// The columns the sync keeps of each Salesforce row between runs. Kept small on purpose: a first sync holds
// every opportunity and activity of the org. Dates are UTC.

public sealed record UserRow(string Id, string Name, bool IsActive, string? ManagerId, string? RoleId, DateTimeOffset CreatedDate)
{
    /// <summary>The value of the configured territory-size field as Salesforce sent it (checked when scoring); null when none.</summary>
    public string? TerritorySize { get; init; }
}

public sealed record AccountRow(string Id, string Name, string? OwnerId);

public sealed record OpportunityRow(
    string Id,
    string Name,
    string OwnerId,
    string? AccountId,
    string StageName,
    decimal? Amount,
    DateTimeOffset? CloseDate,
    bool IsClosed,
    bool IsWon,
    string? ForecastCategoryName,
    string? NextStep,
    DateTimeOffset CreatedDate,
    DateTimeOffset LastModifiedDate)
{
    /// <summary>The deal's currency in a multicurrency org (Amount is in it); null elsewhere.</summary>
    public string? CurrencyIsoCode { get; init; }

    /// <summary>The territory, with Enterprise Territory Management; null elsewhere.</summary>
    public string? Territory2Id { get; init; }

    /// <summary>The record type, in orgs that define Opportunity record types; null elsewhere.</summary>
    public string? RecordTypeId { get; init; }
}

/// <summary>A row of OpportunityHistory: the stage and close date the deal had after a change.</summary>
public sealed record OpportunityHistoryRow(string Id, string OpportunityId, string? StageName, DateTimeOffset? CloseDate, DateTimeOffset CreatedDate);

/// <summary>A Task or Event logged by a rep (not one of our coaching tasks).</summary>
public sealed record ActivityRow(
    string Id,
    string SObjectType,
    string? Subtype,
    string OwnerId,
    string? WhatId,
    string? WhoId,
    string? AccountId,
    bool IsClosed,
    DateTimeOffset? DueOn,
    DateTimeOffset? CompletedOn,
    DateTimeOffset? EndOn,
    int DurationMinutes,
    DateTimeOffset CreatedDate)
{
    /// <summary>The subject, kept for list emails only: it tells one email's per-recipient rows apart from another's.</summary>
    public string? Subject { get; init; }
}

/// <summary>One of our coaching tasks as the rep left it: the source of their responses.</summary>
public sealed record CoachingTaskRow(
    string Id,
    string Key,
    bool IsDeleted,
    bool IsClosed,
    string? Response,
    string? DismissReason,
    DateTimeOffset? SnoozedUntil,
    string? ClosedReason,
    DateTimeOffset SystemModstamp);
