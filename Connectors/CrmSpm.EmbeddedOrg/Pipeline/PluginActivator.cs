using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Creates the plugin instance of a step the way the platform does (the parameterless, (unsecure) and (unsecure, secure) constructors, https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in).
internal static class PluginActivator
{
    public static IPlugin Create(StepRegistration registration)
    {
        var given = (registration.Plugin != null ? 1 : 0) + (registration.PluginType != null ? 1 : 0) + (registration.PluginFactory != null ? 1 : 0);
        if (given != 1)
        {
            throw new ArgumentException($"Step '{registration.Name ?? registration.Message}' needs exactly one of Plugin, PluginType or PluginFactory (got {given}).", nameof(registration));
        }

        if (registration.Plugin != null)
        {
            return registration.Plugin;
        }

        if (registration.PluginFactory != null)
        {
            return registration.PluginFactory(registration.UnsecureConfiguration, registration.SecureConfiguration)
                ?? throw new ArgumentException($"The plugin factory of step '{registration.Name ?? registration.Message}' returned null.", nameof(registration));
        }

        return Construct(registration.PluginType!, registration.UnsecureConfiguration, registration.SecureConfiguration);
    }

    private static IPlugin Construct(Type type, string? unsecure, string? secure)
    {
        if (!typeof(IPlugin).IsAssignableFrom(type))
        {
            throw new ArgumentException($"{type.FullName} does not implement IPlugin.", nameof(type));
        }

        if (type.GetConstructor(new[] { typeof(string), typeof(string) }) != null)
        {
            return (IPlugin)Activator.CreateInstance(type, unsecure, secure)!;
        }

        if (type.GetConstructor(new[] { typeof(string) }) != null)
        {
            return (IPlugin)Activator.CreateInstance(type, unsecure)!;
        }

        if (type.GetConstructor(Type.EmptyTypes) != null)
        {
            return (IPlugin)Activator.CreateInstance(type)!;
        }

        throw new ArgumentException($"{type.FullName} has none of the plugin constructors (), (string) or (string, string).", nameof(type));
    }
}
