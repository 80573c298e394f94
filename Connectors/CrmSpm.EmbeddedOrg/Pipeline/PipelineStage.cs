namespace CrmSpm.EmbeddedOrg.Pipeline;

// sdkmessageprocessingstep.stage values (contract §2.1). MainOperation is only for custom API implementations.
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    MainOperation = 30,
    PostOperation = 40,
}
