using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Security;

// Role-based record access: a user reads/writes a row when one of their roles reaches the row's owner
// (User: they own it; BusinessUnit: it belongs to their business unit; Organization: any row).
// Rows without an owner (organization-owned tables) need any depth above None. SYSTEM bypasses all checks.
internal sealed class AccessChecker
{
    private readonly DataStore _store;
    private readonly Dictionary<Guid, List<SecurityRole>> _rolesByUser = new();

    public AccessChecker(DataStore store, Guid systemUserId)
    {
        _store = store;
        SystemUserId = systemUserId;
    }

    public Guid SystemUserId { get; }

    public void AssignRole(Guid userId, SecurityRole role)
    {
        if (!_rolesByUser.TryGetValue(userId, out var roles))
        {
            roles = new List<SecurityRole>();
            _rolesByUser[userId] = roles;
        }

        roles.Add(role);
    }

    public Guid BusinessUnitOf(Guid userId)
    {
        var user = _store.Find(TableNames.SystemUser, userId) ?? throw OrgFaults.DoesNotExist(TableNames.SystemUser, userId);
        return user.Get(ColumnNames.BusinessUnitId) is EntityReference unit ? unit.Id : Guid.Empty;
    }

    public bool CanRead(Guid userId, string table, Row row) =>
        userId == SystemUserId || Reaches(userId, Depth(userId, table, write: false), row.Values);

    public void EnsureCanRead(Guid userId, string table, Row row)
    {
        if (!CanRead(userId, table, row))
        {
            throw OrgFaults.PrivilegeDenied(userId, "prvRead" + table, table);
        }
    }

    public void EnsureCanWrite(Guid userId, string table, IReadOnlyDictionary<string, object> values, string privilege)
    {
        if (userId != SystemUserId && !Reaches(userId, Depth(userId, table, write: true), values))
        {
            throw OrgFaults.PrivilegeDenied(userId, privilege + table, table);
        }
    }

    private AccessDepth Depth(Guid userId, string table, bool write)
    {
        var best = AccessDepth.None;
        if (_rolesByUser.TryGetValue(userId, out var roles))
        {
            foreach (var role in roles)
            {
                var depth = write ? role.WriteDepth(table) : role.ReadDepth(table);
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

        if (ownerRef.Id == userId)
        {
            return true;
        }

        return depth == AccessDepth.BusinessUnit
            && values.TryGetValue(ColumnNames.OwningBusinessUnit, out var unit)
            && unit is EntityReference unitRef
            && unitRef.Id == BusinessUnitOf(userId);
    }
}
