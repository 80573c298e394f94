using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Security;

// A role: read and write depths per table. Write covers create, update and delete. "*" applies to every table.
public sealed class SecurityRole
{
    public const string AllTables = "*";

    private readonly Dictionary<string, (AccessDepth Read, AccessDepth Write)> _privileges = new(StringComparer.Ordinal);

    public SecurityRole(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public static SecurityRole SystemAdministrator() =>
        new SecurityRole("System Administrator").Grant(AllTables, AccessDepth.Organization, AccessDepth.Organization);

    public SecurityRole Grant(string table, AccessDepth read, AccessDepth write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        _privileges[table] = (read, write);
        return this;
    }

    public AccessDepth ReadDepth(string table) => Lookup(table).Read;

    public AccessDepth WriteDepth(string table) => Lookup(table).Write;

    private (AccessDepth Read, AccessDepth Write) Lookup(string table)
    {
        if (_privileges.TryGetValue(table, out var privilege) || _privileges.TryGetValue(AllTables, out privilege))
        {
            return privilege;
        }

        return (AccessDepth.None, AccessDepth.None);
    }
}
