namespace CrmSpm.EmbeddedOrg.Pipeline;

// sdkmessageprocessingstep.mode values (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
