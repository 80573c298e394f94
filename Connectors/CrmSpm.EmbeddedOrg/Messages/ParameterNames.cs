namespace CrmSpm.EmbeddedOrg.Messages;

// Keys of request Parameters, response Results and plugin Input/OutputParameters (contract §1.2, §1.8).
internal static class ParameterNames
{
    public const string Target = "Target";
    public const string ColumnSet = "ColumnSet";
    public const string Query = "Query";
    public const string Relationship = "Relationship";
    public const string RelatedEntities = "RelatedEntities";
    public const string Requests = "Requests";
    public const string Settings = "Settings";
    public const string OpportunityClose = "OpportunityClose";
    public const string Status = "Status";
    public const string State = "State";
    public const string EntityMoniker = "EntityMoniker";
    public const string Assignee = "Assignee";
    public const string ReturnResponses = "ReturnResponses";

    public const string CreatedId = "id";
    public const string RecordCreated = "RecordCreated";
    public const string IsFaulted = "IsFaulted";
    public const string Responses = "Responses";

    // Contract top finding 6: the plugin-facing output key and the SDK response key differ for these two.
    public const string BusinessEntity = "BusinessEntity";
    public const string ResponseEntity = "Entity";
    public const string BusinessEntityCollection = "BusinessEntityCollection";
    public const string ResponseEntityCollection = "EntityCollection";

    // Fault details of an InvalidPluginExecutionException (contract §1.12 "Error code of IPEE").
    public const string OperationStatusDetail = "OperationStatus";
    public const string SubErrorCodeDetail = "SubErrorCode";
}
