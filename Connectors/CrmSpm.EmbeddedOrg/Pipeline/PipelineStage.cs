namespace CrmSpm.EmbeddedOrg.Pipeline;

// sdkmessageprocessingstep.stage values (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep). MainOperation is only for custom API implementations.
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    MainOperation = 30,
    PostOperation = 40,
}
