using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg;
using CrmSpm.Plugins.Pipeline;
using Org = CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.PluginHost;

/// <summary>
/// Registers the steps a solution's customizations.xml declares (<c>SdkMessageProcessingSteps</c>), served by plugin
/// instances resolved by their type name, as Dataverse does on import. The message comes from <c>SdkMessageId</c> when
/// it is one the packer knows, else from the step name's "Type: Message of table" convention (the Plugin Registration
/// Tool's and the packer's).
/// </summary>
public static class SolutionStepRegistrar
{
    public static IReadOnlyList<Guid> Register(EmbeddedOrganization org, XDocument customizations, IEnumerable<PluginBase> plugins)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(customizations);
        var byType = plugins.ToDictionary(p => p.GetType().FullName!, StringComparer.Ordinal);
        var ids = new List<Guid>();
        foreach (var step in customizations.Root?.Element("SdkMessageProcessingSteps")?.Elements("SdkMessageProcessingStep") ?? Enumerable.Empty<XElement>())
        {
            var typeName = Text(step, "PluginTypeName").Split(',')[0].Trim();
            if (byType.TryGetValue(typeName, out var plugin))
            {
                ids.Add(org.RegisterStep(ToOrgStep(step, plugin)));
            }
        }

        return ids;
    }

    private static Org.StepRegistration ToOrgStep(XElement step, PluginBase plugin)
    {
        var name = step.Attribute("Name")?.Value ?? throw new ArgumentException("A step has no Name.");
        var primary = Text(step, "PrimaryEntity");
        var filtering = Text(step, "FilteringAttributes");
        return new Org.StepRegistration
        {
            Name = name,
            Message = MessageOf(step, name),
            PrimaryEntity = primary.Length == 0 || primary == "none" ? null : primary,
            Stage = PlatformCodes.Stage(Text(step, "Stage")),
            Mode = PlatformCodes.Mode(Text(step, "Mode")),
            Rank = int.TryParse(Text(step, "Rank"), out var rank) ? rank : 1,
            FilteringAttributes = filtering.Length == 0 ? null : filtering.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Images = step.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").Select(Image).ToArray() ?? Array.Empty<Org.StepImage>(),
            UnsecureConfiguration = step.Element("Configuration")?.Value,
            Plugin = plugin,
        };
    }

    private static Org.StepImage Image(XElement image)
    {
        var attributes = Text(image, "Attributes");
        var alias = Text(image, "EntityAlias");
        return new Org.StepImage(
            alias.Length > 0 ? alias : image.Attribute("Name")?.Value ?? "image",
            PlatformCodes.Image(Text(image, "ImageType")),
            attributes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string MessageOf(XElement step, string name)
    {
        if (Guid.TryParse(Text(step, "SdkMessageId"), out var id) && CrmSpm.SolutionPacker.SdkMessages.NameOf(id) is { } known)
        {
            return known;
        }

        var colon = name.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new ArgumentException($"Step '{name}' names no message (no known SdkMessageId and no 'Type: Message' name).");
        }

        var message = name[(colon + 2)..];
        var of = message.IndexOf(" of ", StringComparison.Ordinal);
        return of < 0 ? message : message[..of];
    }

    private static string Text(XElement element, string name) => element.Element(name)?.Value.Trim() ?? string.Empty;
}
