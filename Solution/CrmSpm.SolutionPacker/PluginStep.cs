using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Steps;

namespace CrmSpm.SolutionPacker;

/// <summary>One declared step with the plugin type that declares it and its stable id.</summary>
public sealed class PluginStep
{
    /// <summary>CrmSpm's namespace for solution component ids; never change it, or an upgrade would duplicate every step.</summary>
    public static readonly Guid Namespace = new Guid("0b7d3f5e-2c1a-4f69-8e4d-6a5b9c3e1f27");

    private PluginStep(Type pluginType, StepRegistration registration)
    {
        PluginType = pluginType;
        Registration = registration;
        Identity = string.Join("|", AssemblyName, pluginType.FullName, registration.Message, registration.PrimaryEntity,
            (int)registration.Stage, (int)registration.Mode);
        Id = TipIdentity.NameBased(Namespace, "step|" + Identity);
    }

    public Type PluginType { get; }

    public StepRegistration Registration { get; }

    /// <summary>assembly|type|message|table|stage|mode: what makes a step the same step across versions.</summary>
    public string Identity { get; }

    /// <summary>A name-based (version 5) UUID of <see cref="Identity"/>: stable across packs, so an upgrade updates the step in place.</summary>
    public Guid Id { get; }

    public string Name => Registration.NameFor(PluginType);

    public Guid ImageId(ImageRegistration image) => TipIdentity.NameBased(Namespace, "image|" + Identity + "|" + image.Alias);

    /// <summary>The plugin assembly's simple name (the same for the net462 and net10.0 builds of the same source).</summary>
    public static string AssemblyName => typeof(PluginCatalog).Assembly.GetName().Name!;

    /// <summary>
    /// Every step every plugin of <see cref="PluginCatalog"/> declares, in catalog order, except a custom API's main
    /// operation: that is the API's own plug-in type (its <c>plugintypeid</c>, see <see cref="MainOperations"/>), never a
    /// registered step (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api).
    /// </summary>
    public static IReadOnlyList<PluginStep> All() =>
        Declared().Where(step => step.Registration.Stage != PipelineStage.MainOperation).ToArray();

    /// <summary>The custom APIs' implementations: the plugin types that declare a main-operation (stage 30) step.</summary>
    public static IReadOnlyList<PluginStep> MainOperations() =>
        Declared().Where(step => step.Registration.Stage == PipelineStage.MainOperation).ToArray();

    private static IEnumerable<PluginStep> Declared() =>
        PluginCatalog.Create(SystemClock.Instance)
            .SelectMany(plugin => plugin.Steps.Select(step => new PluginStep(plugin.GetType(), step)));

    /// <summary>The plugin types, in catalog order.</summary>
    public static IReadOnlyList<Type> PluginTypes() =>
        PluginCatalog.Create(SystemClock.Instance).Select(p => p.GetType()).ToArray();

    public static Guid PluginTypeId(Type type) => TipIdentity.NameBased(Namespace, "plugintype|" + type.FullName);

    public static Guid PluginAssemblyId => TipIdentity.NameBased(Namespace, "pluginassembly|" + AssemblyName);
}
