using System;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg.Security;

namespace CrmSpm.EmbeddedOrg.Solutions;

// One Roles/Role element: RolePrivilege name="prv{Privilege}{TableSchemaName}" level="Basic|Local|Deep|Global"
// (User, Business Unit, Parent: Child Business Units, Organization). Non-table privileges are ignored.
internal static class RoleReader
{
    // Longest first, so AppendTo is not read as Append.
    private static readonly string[] Names = { "AppendTo", "Append", "Create", "Read", "Write", "Delete", "Assign", "Share" };

    public static SecurityRole Read(XElement element)
    {
        var name = element.Attribute("name")?.Value ?? throw new ArgumentException("A Role has no name.");
        var role = new SecurityRole(name) { Id = Guid.TryParse(element.Attribute("id")?.Value, out var id) ? id : null };
        foreach (var privilege in element.Element("RolePrivileges")?.Elements("RolePrivilege") ?? Array.Empty<XElement>())
        {
            var text = privilege.Attribute("name")?.Value ?? string.Empty;
            var depth = privilege.Attribute("level")?.Value switch
            {
                "Basic" => AccessDepth.User,
                "Local" => AccessDepth.BusinessUnit,
                "Deep" => AccessDepth.ParentChildBusinessUnits,
                "Global" => AccessDepth.Organization,
                var other => throw new ArgumentException($"Role '{name}': unknown privilege level '{other}'."),
            };
            foreach (var candidate in Names)
            {
                var prefix = "prv" + candidate;
                if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
                {
                    role.Grant(CustomizationsImporter.Logical(text[prefix.Length..]), Enum.Parse<Privilege>(candidate), depth);
                    break;
                }
            }
        }

        return role;
    }
}
