using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Security;

// A role: a depth per table and privilege. "*" applies to every table not named. Grant(table, read, write) is the
// short form: read for Read, write for every other privilege.
public sealed class SecurityRole
{
    public const string AllTables = "*";

    // prv{Privilege}Activity grants the privilege on every activity table (task, phonecall, email…).
    public const string Activities = "activity";
    private static readonly Privilege[] AllPrivileges = Enum.GetValues<Privilege>();

    private readonly Dictionary<string, AccessDepth[]> _privileges = new(StringComparer.Ordinal);

    public SecurityRole(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public Guid? Id { get; init; }

    public static SecurityRole SystemAdministrator() =>
        new SecurityRole("System Administrator").Grant(AllTables, AccessDepth.Organization, AccessDepth.Organization);

    public SecurityRole Grant(string table, AccessDepth read, AccessDepth write)
    {
        foreach (var privilege in AllPrivileges)
        {
            Grant(table, privilege, privilege == Privilege.Read ? read : write);
        }

        return this;
    }

    public SecurityRole Grant(string table, Privilege privilege, AccessDepth depth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        if (!_privileges.TryGetValue(table, out var depths))
        {
            _privileges[table] = depths = new AccessDepth[AllPrivileges.Length];
        }

        depths[(int)privilege] = depth;
        return this;
    }

    public AccessDepth Depth(string table, Privilege privilege, bool isActivity = false)
    {
        if (_privileges.TryGetValue(table, out var depths) || (isActivity && _privileges.TryGetValue(Activities, out depths))
            || _privileges.TryGetValue(AllTables, out depths))
        {
            return depths[(int)privilege];
        }

        return AccessDepth.None;
    }

    public AccessDepth ReadDepth(string table) => Depth(table, Privilege.Read);

    public AccessDepth WriteDepth(string table) => Depth(table, Privilege.Write);
}
