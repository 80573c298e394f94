using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Registered steps, validated against the documented registration rules (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
internal sealed class StepRegistry
{
    // Shared and never modified: callers only read the list For returns.
    private static readonly List<RegisteredStep> NoSteps = new();
    private readonly List<RegisteredStep> _steps = new();
    private long _order;

    public Guid Register(StepRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        Validate(registration);
        var plugin = PluginActivator.Create(registration);
        var step = new RegisteredStep(Guid.NewGuid(), ++_order, registration, plugin);
        _steps.Add(step);
        return step.Id;
    }

    public bool Unregister(Guid stepId) => _steps.RemoveAll(s => s.Id == stepId) > 0;

    public bool HasMessage(string message) => _steps.Any(s => s.Registration.Message == message);

    // Steps of one message and table, in execution order: rank, then registration order (execution order, https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
    public List<RegisteredStep> For(string message, string table)
    {
        if (_steps.Count == 0)
        {
            // The common case of a bare org (and the create benchmark): no list per call.
            return NoSteps;
        }

        var found = new List<RegisteredStep>();
        foreach (var step in _steps)
        {
            if (step.Registration.Message == message && step.AppliesTo(table))
            {
                found.Add(step);
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Registration.Rank != b.Registration.Rank ? a.Registration.Rank.CompareTo(b.Registration.Rank) : a.Order.CompareTo(b.Order));
        }

        return found;
    }

    private static void Validate(StepRegistration registration)
    {
        var label = registration.Name ?? registration.Message;
        if (string.IsNullOrWhiteSpace(registration.Message))
        {
            throw new ArgumentException("A step needs a Message.", nameof(registration));
        }

        if (!Enum.IsDefined(registration.Stage))
        {
            throw new ArgumentException($"Step '{label}': stage {(int)registration.Stage} is not 10, 20, 30 or 40.", nameof(registration));
        }

        if (registration.Mode == StepMode.Asynchronous && registration.Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException($"Step '{label}': asynchronous steps can only be registered for PostOperation.", nameof(registration));
        }

        foreach (var image in registration.Images ?? Array.Empty<StepImage>())
        {
            if (image.IsPre && registration.Message == MessageNames.Create)
            {
                throw new ArgumentException($"Step '{label}': a Create step cannot have a pre-image (the row does not exist yet).", nameof(registration));
            }

            if (image.IsPost && registration.Message == MessageNames.Delete)
            {
                throw new ArgumentException($"Step '{label}': a Delete step cannot have a post-image (the row no longer exists).", nameof(registration));
            }

            if (image.IsPost && registration.Stage != PipelineStage.PostOperation)
            {
                throw new ArgumentException($"Step '{label}': post-images exist only in PostOperation.", nameof(registration));
            }
        }
    }
}
