using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.EmbeddedOrg;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Steps;
using Org = CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.PluginHost;

/// <summary>
/// Installs CrmSpm into an embedded org the way the solution does into Dataverse: the alternate keys of the data
/// model (docs/data-model.md) and every step each plugin declares, straight from <see cref="PluginBase.Steps"/>.
/// </summary>
public static class EmbeddedOrgStepRegistrar
{
    /// <summary>Installs every plugin of the catalog, its clock reading the org's own time; returns the registered step ids.</summary>
    public static IReadOnlyList<Guid> Install(EmbeddedOrganization org)
    {
        ArgumentNullException.ThrowIfNull(org);
        return Install(org, new OrgClock(org.Clock));
    }

    /// <summary>Defines the keys and registers every declared step; returns the registered step ids.</summary>
    public static IReadOnlyList<Guid> Install(EmbeddedOrganization org, IClock clock) => Install(org, PluginCatalog.Create(clock));

    /// <summary>Installs the given plugins (a test may swap one for a differently configured instance).</summary>
    public static IReadOnlyList<Guid> Install(EmbeddedOrganization org, IEnumerable<PluginBase> plugins)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(plugins);
        DefineAlternateKeys(org);
        var ids = new List<Guid>();
        foreach (var plugin in plugins)
        {
            ids.AddRange(Register(org, plugin));
        }

        return ids;
    }

    /// <summary>The alternate keys the data model declares.</summary>
    public static void DefineAlternateKeys(EmbeddedOrganization org)
    {
        ArgumentNullException.ThrowIfNull(org);
        org.DefineAlternateKey(ScorecardColumns.EntityName, ScorecardColumns.Key);
        org.DefineAlternateKey(ModelStateColumns.EntityName, ModelStateColumns.TeamKey);
    }

    /// <summary>Registers each step <paramref name="plugin"/> declares, all served by the one (stateless) instance.</summary>
    public static IReadOnlyList<Guid> Register(EmbeddedOrganization org, PluginBase plugin) =>
        plugin.Steps.Select(step => org.RegisterStep(ToOrgStep(plugin, step))).ToList();

    /// <summary>The embedded org's registration of one declared step; the enums share their Dataverse values.</summary>
    public static Org.StepRegistration ToOrgStep(PluginBase plugin, StepRegistration step) => new()
    {
        Name = step.NameFor(plugin.GetType()),
        Message = step.Message,
        PrimaryEntity = string.IsNullOrEmpty(step.PrimaryEntity) ? null : step.PrimaryEntity,
        Stage = (Org.PipelineStage)(int)step.Stage,
        Mode = (Org.StepMode)(int)step.Mode,
        Rank = step.Rank,
        FilteringAttributes = step.FilteringAttributes.Count == 0 ? null : step.FilteringAttributes.ToArray(),
        Images = step.Images.Select(i => new Org.StepImage(i.Alias, (Org.ImageType)(int)i.Type, i.Attributes.ToArray())).ToArray(),
        Plugin = plugin,
    };
}
