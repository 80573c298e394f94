namespace CrmSpm.Plugins.Pipeline;

/// <summary>Values of <c>sdkmessageprocessingstep.mode</c> (contract §2.1).</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
