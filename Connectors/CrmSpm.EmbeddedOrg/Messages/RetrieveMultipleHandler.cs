using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Messages;

// RetrieveMultiple with QueryExpression or QueryByAttribute; OutputParameters["BusinessEntityCollection"] (callers read it as EntityCollection).
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        execution.PrimaryEntityName = ToExpression(execution).EntityName ?? "none";
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var query = ToExpression(execution);
        Validation.QueryValidator.Check(runtime.Catalog, query);
        var context = new QueryContext(runtime.Store, runtime.Access, execution.UserId, execution.UtcNow);
        var result = QueryRunner.Run(query, context);
        runtime.Counters.AddRowsRead(result.Entities.Count);
        execution.OutputParameters[ParameterNames.BusinessEntityCollection] = result;
    }

    public OrganizationResponse NewResponse() => new RetrieveMultipleResponse();

    private static QueryExpression ToExpression(MessageExecution execution)
    {
        return execution.Input<QueryBase>(ParameterNames.Query) switch
        {
            QueryExpression expression => expression,
            QueryByAttribute byAttribute => QueryByAttributeConverter.ToQueryExpression(byAttribute),
            FetchExpression => throw OrgFaults.InvalidArgument("FetchXML queries are not supported by the embedded organization: use QueryExpression."),
            null => throw OrgFaults.InvalidArgument("Required field 'Query' is missing."),
            var other => throw OrgFaults.InvalidArgument($"Query type {other.GetType().Name} is not supported."),
        };
    }
}
