using CrmSpm.EmbeddedOrg.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Messages;

// Retrieve: a copy of the row with the requested non-null columns; OutputParameters["BusinessEntity"] (callers read it as Entity).
internal sealed class RetrieveHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        TargetResolver.DescribeReference(execution);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var table = execution.PrimaryEntityName;
        var row = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        runtime.Access.EnsureCanRead(execution.UserId, table, row);

        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns: a null ColumnSet retrieves only the primary key.
        var columns = execution.Input<ColumnSet>(ParameterNames.ColumnSet);
        if (columns is { AllColumns: false })
        {
            Validation.RecordValidator.CheckColumns(runtime.Catalog, table, columns.Columns);
        }

        execution.OutputParameters[ParameterNames.BusinessEntity] = ColumnProjector.Project(table, runtime.Catalog.PrimaryIdColumn(table), row, columns);
        runtime.Counters.AddRowsRead(1);
    }

    public OrganizationResponse NewResponse() => new RetrieveResponse();
}
