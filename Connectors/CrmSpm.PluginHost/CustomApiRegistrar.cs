using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg;
using CrmSpm.Plugins.Pipeline;
using Org = CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.PluginHost;

/// <summary>
/// Makes a custom API's plug-in type (its <c>plugintypeid</c>) run as the API's main operation, as Dataverse does
/// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api): the type id is resolved through the
/// solution's <c>PluginType</c> elements to a plugin instance by type name, and served in stage 30, synchronous.
/// </summary>
public static class CustomApiRegistrar
{
    public static IReadOnlyList<Guid> Register(EmbeddedOrganization org, XDocument customizations, IEnumerable<XDocument> customApiFiles, IEnumerable<PluginBase> plugins)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(customizations);
        var byType = plugins.ToDictionary(p => p.GetType().FullName!, StringComparer.Ordinal);
        var typeNames = customizations.Descendants("PluginType")
            .ToDictionary(t => Guid.Parse((string)t.Attribute("PluginTypeId")!), t => (string)t.Attribute("Name")!);
        var ids = new List<Guid>();
        foreach (var api in customApiFiles.Select(d => d.Root!).Where(r => r.Name == "customapi"))
        {
            var uniqueName = (string?)api.Attribute("uniquename") ?? throw new ArgumentException("A customapi has no uniquename.");
            var typeId = (string?)api.Element("plugintypeid")?.Element("plugintypeid");
            if (typeId == null)
            {
                continue; // No implementation: only steps registered on the message run.
            }

            if (!typeNames.TryGetValue(Guid.Parse(typeId), out var typeName))
            {
                throw new ArgumentException($"Custom API '{uniqueName}': plugintypeid {typeId} is no plug-in type of the solution.");
            }

            if (byType.TryGetValue(typeName, out var plugin))
            {
                ids.Add(org.RegisterStep(new Org.StepRegistration
                {
                    Name = $"{typeName}: {uniqueName} (main operation)",
                    Message = uniqueName,
                    Stage = Org.PipelineStage.MainOperation,
                    Mode = Org.StepMode.Synchronous,
                    Plugin = plugin,
                }));
            }
        }

        return ids;
    }
}
