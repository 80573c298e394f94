namespace CrmSpm.Plugins.Pipeline;

/// <summary>The pipeline stages a step may be registered in; values are the <c>sdkmessageprocessingstep.stage</c> codes (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline).</summary>
public enum PipelineStage
{
    /// <summary>Before the transaction and before security checks: the place to reject a save.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the main operation.</summary>
    PreOperation = 20,

    /// <summary>The main operation: for a custom API's own implementation only, synchronous, inside the transaction.</summary>
    MainOperation = 30,

    /// <summary>Inside the transaction, after the main operation; the only stage for asynchronous steps.</summary>
    PostOperation = 40,
}
