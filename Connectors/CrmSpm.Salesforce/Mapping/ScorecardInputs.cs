using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrmSpm.Salesforce.Sync.Mirror;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Mapping;

/// <summary>
/// Per rep, a fingerprint of what their scorecard is computed from: the scoring profile, their user row, the deals
/// they own with their stage history and whether the deal's account still exists, the activities they own or that
/// regard their deals (with whether a meeting has been held), and their previous period's adoption. Equal
/// fingerprints mean nothing changed in the org for that rep, so a different score can only be the clock's drift.
/// </summary>
public static class ScorecardInputs
{
    public static IReadOnlyDictionary<string, string> PerRep(OrgMirror mirror, string profileJson,
        IReadOnlyDictionary<string, double> previousAdoption, DateTimeOffset now)
    {
        var ownerOfDeal = mirror.Opportunities.Values.ToDictionary(o => o.Id, o => o.OwnerId, StringComparer.Ordinal);
        var rows = new Dictionary<string, List<(string Id, byte[] Row)>>(StringComparer.Ordinal);
        void Add(string? rep, string id, byte[] row)
        {
            if (rep is null)
            {
                return;
            }

            if (!rows.TryGetValue(rep, out var list))
            {
                rows[rep] = list = new List<(string, byte[])>();
            }

            list.Add((id, row));
        }

        foreach (var user in mirror.Users.Values)
        {
            Add(user.Id, user.Id, Row(user, previousAdoption.TryGetValue(user.Id, out var previous) ? previous : null));
        }

        foreach (var deal in mirror.Opportunities.Values)
        {
            Add(deal.OwnerId, deal.Id, Row(deal, deal.AccountId is { } account && mirror.Accounts.ContainsKey(account)));
        }

        foreach (var history in mirror.OpportunityHistory.Values)
        {
            Add(ownerOfDeal.GetValueOrDefault(history.OpportunityId), history.Id, Row(history, null));
        }

        foreach (var activity in mirror.Activities.Values)
        {
            var held = activity.SObjectType == F.Objects.Event && activity.EndOn is { } end && end <= now;
            var row = Row(activity, held);
            Add(activity.OwnerId, activity.Id, row);
            var dealOwner = activity.WhatId is { } what ? ownerOfDeal.GetValueOrDefault(what) : null;
            if (dealOwner is not null && dealOwner != activity.OwnerId)
            {
                Add(dealOwner, activity.Id, row);
            }
        }

        var profile = SHA256.HashData(Encoding.UTF8.GetBytes(profileJson));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rep, list) in rows)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(profile);
            foreach (var (_, row) in list.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                hash.AppendData(row);
            }

            result[rep] = Convert.ToHexString(hash.GetHashAndReset(), 0, 12);
        }

        return result;
    }

    // The row as JSON (culture-free: ISO dates, invariant numbers) plus what the scoring derives from elsewhere.
    private static byte[] Row<T>(T row, object? extra) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(row) + "\u001f" + JsonSerializer.Serialize(extra) + "\u001e");
}
