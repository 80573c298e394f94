using System;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>Whose privileges a step's writes use; a step may use both (docs/plugins.md explains the choice per step).</summary>
[Flags]
public enum StepUser
{
    /// <summary>The step only reads or validates.</summary>
    NoWrites = 0,

    /// <summary>The user who triggered the event: their role decides what the step may change.</summary>
    CallingUser = 1,

    /// <summary>The SYSTEM user (<c>CreateOrganizationService(null)</c>, https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice): for rows the caller must not be able to write.</summary>
    System = 2,
}
