namespace CrmSpm.EmbeddedOrg.Messages;

// Keys of request Parameters, response Results and plugin Input/OutputParameters (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context).
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
    public const string ConcurrencyBehavior = "ConcurrencyBehavior";

    public const string CreatedId = "id";
    public const string RecordCreated = "RecordCreated";
    public const string IsFaulted = "IsFaulted";
    public const string Responses = "Responses";

    // The plugin-facing output key and the SDK response key differ for these two (BusinessEntity vs Entity).
    public const string BusinessEntity = "BusinessEntity";
    public const string ResponseEntity = "Entity";
    public const string BusinessEntityCollection = "BusinessEntityCollection";
    public const string ResponseEntityCollection = "EntityCollection";

    // Fault details of an InvalidPluginExecutionException (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code).
    public const string OperationStatusDetail = "OperationStatus";
    public const string SubErrorCodeDetail = "SubErrorCode";
}
