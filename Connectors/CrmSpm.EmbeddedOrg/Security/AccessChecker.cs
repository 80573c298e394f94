using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Security;

// Role-based record access (https://learn.microsoft.com/power-platform/admin/security-roles-privileges): a privilege
// reaches a row when the depth of the user's roles (their own and their teams') covers the row's owner —
// User: they or a team they belong to own it; Business Unit: its owning business unit is theirs; Parent: Child:
// that unit or one below it; Organization: any row. Rows of tables without an owner need any depth above None.
// SYSTEM bypasses every check.
internal sealed class AccessChecker
{
    private readonly DataStore _store;
    private readonly Dictionary<Guid, List<SecurityRole>> _roles = new();
    private readonly Dictionary<Guid, HashSet<Guid>> _teamsOfUser = new();

    public AccessChecker(DataStore store, Guid systemUserId)
    {
        _store = store;
        SystemUserId = systemUserId;
    }

    public Guid SystemUserId { get; }

    // A user's or a team's role (team members hold the team's roles).
    public void AssignRole(Guid principalId, SecurityRole role)
    {
        if (!_roles.TryGetValue(principalId, out var roles))
        {
            _roles[principalId] = roles = new List<SecurityRole>();
        }

        roles.Add(role);
    }

    public void AddTeamMember(Guid teamId, Guid userId)
    {
        if (!_teamsOfUser.TryGetValue(userId, out var teams))
        {
            _teamsOfUser[userId] = teams = new HashSet<Guid>();
        }

        teams.Add(teamId);
    }

    public bool IsTeamMember(Guid teamId, Guid userId) => _teamsOfUser.TryGetValue(userId, out var teams) && teams.Contains(teamId);

    public Guid BusinessUnitOf(Guid userId)
    {
        var user = _store.Find(TableNames.SystemUser, userId) ?? throw OrgFaults.DoesNotExist(TableNames.SystemUser, userId);
        return user.Get(ColumnNames.BusinessUnitId) is EntityReference unit ? unit.Id : Guid.Empty;
    }

    public bool CanRead(Guid userId, string table, Row row) => Can(userId, Privilege.Read, table, row.Values);

    public void EnsureCanRead(Guid userId, string table, Row row) => Ensure(userId, Privilege.Read, table, row.Values);

    public void EnsureCanCreate(Guid userId, string table, IReadOnlyDictionary<string, object> values) => Ensure(userId, Privilege.Create, table, values);

    public void EnsureCanWrite(Guid userId, string table, IReadOnlyDictionary<string, object> values) => Ensure(userId, Privilege.Write, table, values);

    public void EnsureCanDelete(Guid userId, string table, IReadOnlyDictionary<string, object> values) => Ensure(userId, Privilege.Delete, table, values);

    // Assign is checked on the record as it is; the new owner needs no privilege (Microsoft: "assign records").
    public void EnsureCanAssign(Guid userId, string table, IReadOnlyDictionary<string, object> current) => Ensure(userId, Privilege.Assign, table, current);

    // Setting a lookup needs Append on the row written and AppendTo on the row it points at.
    public void EnsureCanAppend(Guid userId, string table, IReadOnlyDictionary<string, object> row, IEnumerable<KeyValuePair<string, object>> written)
    {
        if (userId == SystemUserId)
        {
            return;
        }

        foreach (var pair in written)
        {
            if (pair.Value is not EntityReference reference || pair.Key is ColumnNames.OwnerId
                || _store.Catalog.Find(table)?.Column(pair.Key) is not { Type: ColumnType.Lookup or ColumnType.Customer })
            {
                continue;
            }

            Ensure(userId, Privilege.Append, table, row);
            if (_store.Find(reference.LogicalName, reference.Id) is { } referenced)
            {
                Ensure(userId, Privilege.AppendTo, reference.LogicalName, referenced.Values);
            }
        }
    }

    public void Ensure(Guid userId, Privilege privilege, string table, IReadOnlyDictionary<string, object> values)
    {
        if (!Can(userId, privilege, table, values))
        {
            throw OrgFaults.PrivilegeDenied(userId, $"prv{privilege}{table}", table);
        }
    }

    private bool Can(Guid userId, Privilege privilege, string table, IReadOnlyDictionary<string, object> values) =>
        userId == SystemUserId || Reaches(userId, Depth(userId, table, privilege), values);

    private AccessDepth Depth(Guid userId, string table, Privilege privilege)
    {
        var best = Best(userId, table, privilege, AccessDepth.None);
        if (_teamsOfUser.TryGetValue(userId, out var teams))
        {
            foreach (var team in teams)
            {
                best = Best(team, table, privilege, best);
            }
        }

        return best;
    }

    private AccessDepth Best(Guid principalId, string table, Privilege privilege, AccessDepth best)
    {
        if (_roles.TryGetValue(principalId, out var roles))
        {
            var isActivity = table == "activitypointer" || _store.Catalog.Find(table)?.IsActivity == true;
            foreach (var role in roles)
            {
                var depth = role.Depth(table, privilege, isActivity);
                if (depth > best)
                {
                    best = depth;
                }
            }
        }

        return best;
    }

    private bool Reaches(Guid userId, AccessDepth depth, IReadOnlyDictionary<string, object> values)
    {
        if (depth == AccessDepth.None)
        {
            return false;
        }

        if (depth == AccessDepth.Organization || !values.TryGetValue(ColumnNames.OwnerId, out var owner) || owner is not EntityReference ownerRef)
        {
            return true;
        }

        if (ownerRef.Id == userId || (ownerRef.LogicalName == TableNames.Team && IsTeamMember(ownerRef.Id, userId)))
        {
            return true;
        }

        if (depth == AccessDepth.User || !values.TryGetValue(ColumnNames.OwningBusinessUnit, out var unit) || unit is not EntityReference unitRef)
        {
            return false;
        }

        var mine = BusinessUnitOf(userId);
        return unitRef.Id == mine || (depth == AccessDepth.ParentChildBusinessUnits && IsBelow(unitRef.Id, mine));
    }

    // Walks up the business unit tree from unit; true when it meets ancestor.
    private bool IsBelow(Guid unit, Guid ancestor)
    {
        for (var hops = 0; hops < 64 && _store.Find(TableNames.BusinessUnit, unit)?.Get(ColumnNames.ParentBusinessUnitId) is EntityReference parent; hops++)
        {
            if (parent.Id == ancestor)
            {
                return true;
            }

            unit = parent.Id;
        }

        return false;
    }
}
