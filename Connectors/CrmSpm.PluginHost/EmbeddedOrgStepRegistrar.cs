using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.EmbeddedOrg;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Steps;
using CrmSpm.SolutionPacker;

namespace CrmSpm.PluginHost;

/// <summary>
/// Installs CrmSpm into an embedded org the way Dataverse imports the solution: the packed customizations.xml
/// (<see cref="CrmSpmSolution.Customizations"/>) provisions tables, columns, keys, relationships and roles, and its
/// <c>SdkMessageProcessingSteps</c> register the plugin steps (<see cref="SolutionStepRegistrar"/>); each custom API's
/// plug-in type runs as its main operation (<see cref="CustomApiRegistrar"/>).
/// </summary>
public static class EmbeddedOrgStepRegistrar
{
    /// <summary>Provisions the solution with every plugin of the catalog, its clock reading the org's own time; returns the step ids.</summary>
    public static IReadOnlyList<Guid> Install(EmbeddedOrganization org)
    {
        ArgumentNullException.ThrowIfNull(org);
        return Install(org, new OrgClock(org.Clock));
    }

    public static IReadOnlyList<Guid> Install(EmbeddedOrganization org, IClock clock) => Install(org, PluginCatalog.Create(clock));

    /// <summary>Provisions the solution; only steps of the given plugins are registered (a test may pick or swap them).</summary>
    public static IReadOnlyList<Guid> Install(EmbeddedOrganization org, IEnumerable<PluginBase> plugins)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(plugins);
        var customizations = CrmSpmSolution.Customizations();
        org.ImportSolution(customizations);
        var list = plugins.ToList();
        return SolutionStepRegistrar.Register(org, customizations, list)
            .Concat(CustomApiRegistrar.Register(org, customizations, CrmSpmSolution.CustomApiFiles().Values, list))
            .ToList();
    }
}
