using System;
using System.Linq;
using System.Xml.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// Assembles customizations.xml from the unpacked source the way SolutionPackager packs it: the skeleton in
/// Other/Customizations.xml gives the root elements in export order, each component file fills its element.
/// </summary>
internal static class CustomizationsBuilder
{
    public static XDocument Build(SolutionSource source, string version)
    {
        var doc = source["Other/Customizations.xml"];
        var root = doc.Root!;

        Fill(root, "Entities", source.Under("Entities", "Entity.xml")
            .OrderBy(p => p, StringComparer.OrdinalIgnoreCase)
            .Select(p => Entity(source, p)));
        Fill(root, "Roles", source.Under("Roles").Select(p => Component(source, p)));
        Fill(root, "EntityRelationships", source.Under("Other/Relationships")
            .SelectMany(p => source[p].Root!.Elements())
            .OrderBy(e => (string?)e.Attribute("Name"), StringComparer.Ordinal)
            .Select(Detached));
        Fill(root, "WebResources", source.Under("WebResources")
            .Where(p => p.EndsWith(".data.xml", StringComparison.Ordinal))
            .Select(p => Component(source, p))
            .OrderBy(e => e.Element("Name")!.Value, StringComparer.Ordinal));
        Replace(root, PluginRegistrationXml.Assemblies(version));
        Replace(root, PluginRegistrationXml.Steps(version));
        Fill(root, "AppModuleSiteMaps", source.Under("AppModuleSiteMaps", "AppModuleSiteMap.xml").Select(p => Component(source, p)));
        Fill(root, "AppModules", source.Under("AppModules", "AppModule.xml").Select(p => Component(source, p)));
        return doc;
    }

    /// <summary>An entity with its forms (Entities/X/FormXml/{type}/*.xml) and views (Entities/X/SavedQueries/*.xml).</summary>
    private static XElement Entity(SolutionSource source, string entityPath)
    {
        var folder = entityPath.Substring(0, entityPath.Length - "/Entity.xml".Length);
        var entity = Component(source, entityPath);

        var forms = source.Under(folder + "/FormXml")
            .GroupBy(p => p.Split('/')[3], StringComparer.Ordinal)
            .Select(g => new XElement("forms", new XAttribute("type", g.Key), g.Select(p => Component(source, p))))
            .ToArray();
        if (forms.Length > 0)
        {
            entity.Add(new XElement("FormXml", forms));
        }

        var views = source.Under(folder + "/SavedQueries").Select(p => Component(source, p)).ToArray();
        if (views.Length > 0)
        {
            entity.Add(new XElement("SavedQueries", new XElement("savedqueries", views)));
        }

        return entity;
    }

    private static XElement Component(SolutionSource source, string path) => Detached(source[path].Root!);

    /// <summary>A copy without its own xmlns declarations: the root of customizations.xml declares them once.</summary>
    private static XElement Detached(XElement element)
    {
        var copy = new XElement(element);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return copy;
    }

    private static void Fill(XElement root, string name, System.Collections.Generic.IEnumerable<XElement> children)
    {
        var target = root.Element(name) ?? throw new InvalidOperationException($"Other/Customizations.xml lacks <{name}>.");
        target.Add(children);
    }

    private static void Replace(XElement root, XElement generated)
    {
        var target = root.Element(generated.Name) ?? throw new InvalidOperationException($"Other/Customizations.xml lacks <{generated.Name}>.");
        target.ReplaceWith(generated);
    }
}
