namespace CrmSpm.EmbeddedOrg.Pipeline;

// sdkmessageprocessingstep.mode values (contract §2.1).
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
