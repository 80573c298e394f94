namespace CrmSpm.Plugins.Pipeline;

/// <summary>Values of <c>sdkmessageprocessingstep.mode</c> (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
