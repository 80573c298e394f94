using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Security;

namespace CrmSpm.EmbeddedOrg.Solutions;

// Reads a solution's customizations.xml (the file an admin imports; schema: CustomizationsSolution.xsd, see
// https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema) into metadata:
// Entities (new tables get Dataverse's standard columns; stock tables get the solution's columns added), attributes
// with their types, lengths, ranges and option sets (local or global), entity keys, EntityRelationships (lookup
// targets, cascade on delete, many-to-many intersect tables) and Roles. Generic: it knows no product.
public static class CustomizationsImporter
{
    public static ImportedSolution Read(XDocument customizations, TableCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        var root = customizations.Root ?? throw new ArgumentException("customizations.xml has no root element.", nameof(customizations));
        var globalOptions = root.Element("optionsets")?.Elements("optionset")
            .Where(o => o.Attribute("Name") != null)
            .ToDictionary(o => o.Attribute("Name")!.Value, StringComparer.OrdinalIgnoreCase) ?? new Dictionary<string, XElement>();
        var relationships = root.Element("EntityRelationships")?.Elements("EntityRelationship").ToList() ?? new List<XElement>();
        var targets = LookupTargets(relationships);

        var tables = new List<TableDefinition>();
        foreach (var entity in root.Element("Entities")?.Elements("Entity") ?? Enumerable.Empty<XElement>())
        {
            tables.Add(EntityReader.Read(entity, catalog, globalOptions, targets));
        }

        foreach (var table in tables)
        {
            catalog.AddOrMerge(table);
        }

        foreach (var entity in root.Element("Entities")?.Elements("Entity") ?? Enumerable.Empty<XElement>())
        {
            EntityReader.ReadKeys(entity, catalog);
        }

        foreach (var relationship in relationships)
        {
            AddRelationship(relationship, catalog);
        }

        var roles = root.Element("Roles")?.Elements("Role").Select(RoleReader.Read).ToList() ?? new List<SecurityRole>();
        return new ImportedSolution(tables.Select(t => t.Name).ToList(), roles);
    }

    internal static string Logical(string? schemaName) => (schemaName ?? string.Empty).Trim().ToLowerInvariant();

    // (referencing table, referencing column) → referenced tables, from the one-to-many relationships.
    private static Dictionary<(string, string), List<string>> LookupTargets(IEnumerable<XElement> relationships)
    {
        var targets = new Dictionary<(string, string), List<string>>();
        foreach (var relationship in relationships.Where(IsOneToMany))
        {
            var key = (Logical(relationship.Element("ReferencingEntityName")?.Value), Logical(relationship.Element("ReferencingAttributeName")?.Value));
            if (!targets.TryGetValue(key, out var list))
            {
                targets[key] = list = new List<string>();
            }

            var referenced = Logical(relationship.Element("ReferencedEntityName")?.Value);
            list.AddRange(referenced == "owner" ? new[] { TableNames.SystemUser, TableNames.Team } : new[] { referenced });
        }

        return targets;
    }

    // A one-to-many relationship onto a stock lookup widens its targets: enabling activities on a table adds it to the
    // activities' regarding column ("Enable activities", https://learn.microsoft.com/power-apps/maker/data-platform/create-edit-entities-portal).
    private static void AddTarget(TableDefinition table, string columnName, string referenced)
    {
        if (table.Column(columnName) is not { IsReference: true } column || column.Targets.Count == 0 || column.Targets.Contains(referenced))
        {
            return;
        }

        table.Add(new ColumnDefinition(column.Name, column.Type)
        {
            MaxLength = column.MaxLength, MinValue = column.MinValue, MaxValue = column.MaxValue, Options = column.Options,
            StateOptions = column.StateOptions, ValidForCreate = column.ValidForCreate, ValidForUpdate = column.ValidForUpdate,
            ValidForRead = column.ValidForRead, Targets = column.Targets.Concat(new[] { referenced }).ToArray(),
        });
    }

    private static bool IsOneToMany(XElement relationship) =>
        string.Equals(relationship.Element("EntityRelationshipType")?.Value, "OneToMany", StringComparison.OrdinalIgnoreCase);

    private static CascadeType Cascade(XElement relationship, string action) =>
        Enum.TryParse<CascadeType>(relationship.Element(action)?.Value, ignoreCase: true, out var cascade) ? cascade : CascadeType.NoCascade;

    private static void AddRelationship(XElement relationship, TableCatalog catalog)
    {
        var name = relationship.Attribute("Name")?.Value ?? string.Empty;
        if (IsOneToMany(relationship))
        {
            var referenced = Logical(relationship.Element("ReferencedEntityName")?.Value);
            var referencing = Logical(relationship.Element("ReferencingEntityName")?.Value);
            var column = Logical(relationship.Element("ReferencingAttributeName")?.Value);
            var cascade = Cascade(relationship, "CascadeDelete");
            if (referenced != "owner" && catalog.Find(referenced) != null && catalog.Find(referencing) != null)
            {
                catalog.AddRelationship(new RelationshipDefinition(name, referenced, referencing, column, cascade, Cascade(relationship, "CascadeAssign")));
                AddTarget(catalog.Find(referencing)!, column, referenced);
            }

            return;
        }

        var intersect = relationship.Element("IntersectEntityName")?.Value ?? name;
        var first = Logical(relationship.Element("FirstEntityName")?.Value);
        var second = Logical(relationship.Element("SecondEntityName")?.Value);
        if (first.Length > 0 && second.Length > 0)
        {
            catalog.DefineManyToMany(Logical(intersect), first, second);
        }
    }
}

// What an import added: the tables it defined or extended and its security roles.
public sealed record ImportedSolution(IReadOnlyList<string> Tables, IReadOnlyList<SecurityRole> Roles);
