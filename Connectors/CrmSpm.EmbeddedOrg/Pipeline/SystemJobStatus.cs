namespace CrmSpm.EmbeddedOrg.Pipeline;

// The states of an asynchronous step's system job (asyncoperation) that the embedded org reproduces.
public enum SystemJobStatus
{
    Waiting,
    Succeeded,
    Failed,
}
