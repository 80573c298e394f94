using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// A validated registration with its one cached plugin instance (the platform reuses instances, https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless).
internal sealed class RegisteredStep
{
    private readonly HashSet<string>? _filteringAttributes;

    public RegisteredStep(Guid id, long order, StepRegistration registration, IPlugin plugin)
    {
        Id = id;
        Order = order;
        Registration = registration;
        Plugin = plugin;
        Name = registration.Name ?? $"{plugin.GetType().FullName}: {registration.Message} of {registration.PrimaryEntity ?? "any table"}";
        var filtering = registration.FilteringAttributes?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        _filteringAttributes = filtering is { Count: > 0 } ? new HashSet<string>(filtering, StringComparer.Ordinal) : null;
    }

    public Guid Id { get; }

    public long Order { get; }

    public string Name { get; }

    public StepRegistration Registration { get; }

    public IPlugin Plugin { get; }

    public PipelineStage Stage => Registration.Stage;

    public StepMode Mode => Registration.Mode;

    public bool AppliesTo(string table)
    {
        var entity = Registration.PrimaryEntity;
        return string.IsNullOrEmpty(entity) || entity == "none" || entity == table;
    }

    // Filtering attributes (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration): only for Update, by presence of the column in the Target.
    public bool PassesFilter(string message, Entity? target)
    {
        if (_filteringAttributes == null || message != MessageNames.Update || target == null)
        {
            return true;
        }

        return target.Attributes.Keys.Any(_filteringAttributes.Contains);
    }
}
