using System;
using System.Linq;
using System.Xml.Linq;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// <c>SolutionPluginAssemblies</c> and <c>SdkMessageProcessingSteps</c> of customizations.xml, generated from the steps
/// the plugins declare (never written by hand). Element order follows CustomizationsSolution.xsd.
/// </summary>
public static class PluginRegistrationXml
{
    /// <summary><c>plugintype</c>'s object type code: what a step's event handler is (a plug-in, not a service endpoint).</summary>
    private const int PluginTypeObjectTypeCode = 4602;

    /// <summary>The assembly identity every type name embeds; the packed DLL must have exactly this identity.</summary>
    public static string AssemblyFullName => typeof(CrmSpm.Plugins.Steps.PluginCatalog).Assembly.GetName().FullName;

    /// <summary>Where the DLL sits in the zip, as the exporter names it: <c>/PluginAssemblies/{name}-{ID}/{name}.dll</c>.</summary>
    public static string AssemblyFileName =>
        $"/PluginAssemblies/{PluginStep.AssemblyName}-{PluginStep.PluginAssemblyId.ToString().ToUpperInvariant()}/{PluginStep.AssemblyName}.dll";

    public static string QualifiedName(Type type) => $"{type.FullName}, {AssemblyFullName}";

    public static XElement Assemblies(string introducedVersion) =>
        new XElement("SolutionPluginAssemblies",
            new XElement("PluginAssembly",
                new XAttribute("FullName", AssemblyFullName),
                new XAttribute("PluginAssemblyId", PluginStep.PluginAssemblyId),
                new XAttribute("CustomizationLevel", 1),
                new XElement("IsolationMode", 2), // Sandbox: the only mode Dataverse online accepts.
                new XElement("SourceType", 0), // Database.
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("FileName", AssemblyFileName),
                new XElement("PluginTypes",
                    PluginStep.PluginTypes().Select(type =>
                        new XElement("PluginType",
                            new XAttribute("AssemblyQualifiedName", QualifiedName(type)),
                            new XAttribute("PluginTypeId", PluginStep.PluginTypeId(type)),
                            new XAttribute("Name", type.FullName!),
                            new XElement("FriendlyName", PluginStep.PluginTypeId(type)))))));

    public static XElement Steps(string introducedVersion) =>
        new XElement("SdkMessageProcessingSteps", PluginStep.All().Select(step => Step(step, introducedVersion)));

    private static XElement Step(PluginStep step, string introducedVersion)
    {
        var r = step.Registration;
        return new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", Braced(step.Id)),
            new XElement("PluginTypeName", QualifiedName(step.PluginType)),
            new XElement("PluginTypeId", PluginStep.PluginTypeId(step.PluginType)),
            new XElement("PrimaryEntity", string.IsNullOrEmpty(r.PrimaryEntity) ? "none" : r.PrimaryEntity),
            // Async steps delete their system job on success, so a nightly run leaves no trail of succeeded jobs.
            new XElement("AsyncAutoDelete", r.Mode == StepMode.Asynchronous ? 1 : 0),
            new XElement("Description", Describe(r)),
            new XElement("FilteringAttributes", r.FilteringAttributesText),
            new XElement("InvocationSource", 0),
            new XElement("Mode", (int)r.Mode),
            new XElement("Rank", r.Rank),
            new XElement("SdkMessageId", SdkMessages.IdFor(step.Name, r.Message)),
            new XElement("EventHandlerTypeCode", PluginTypeObjectTypeCode),
            new XElement("Stage", (int)r.Stage),
            new XElement("IsCustomizable", 1),
            new XElement("IsHidden", 0),
            new XElement("SupportedDeployment", 0), // Server only.
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("SdkMessageProcessingStepImages", r.Images.Select(image =>
                new XElement("SdkMessageProcessingStepImage",
                    new XAttribute("Name", image.Alias),
                    new XElement("SdkMessageProcessingStepImageId", Braced(step.ImageId(image))),
                    new XElement("Attributes", string.Join(",", image.Attributes)),
                    new XElement("EntityAlias", image.Alias),
                    new XElement("ImageType", (int)image.Type),
                    new XElement("MessagePropertyName", image.MessagePropertyName),
                    new XElement("IsCustomizable", 1),
                    new XElement("IntroducedVersion", introducedVersion)))));
    }

    private static string Describe(StepRegistration r)
    {
        var writes = r.WritesAs == StepUser.NoWrites ? "reads only" : "writes as " + r.WritesAs.ToString().Replace(", ", " and ");
        return $"CrmSpm: {r.Message} {(string.IsNullOrEmpty(r.PrimaryEntity) ? "(unbound)" : "of " + r.PrimaryEntity)}, {r.Stage}, {r.Mode}; {writes}.";
    }

    private static string Braced(Guid id) => "{" + id + "}";
}
