using System;
using System.ServiceModel;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// ExecuteMultiple (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests): each request in order, each in its own transaction; ContinueOnError decides
// whether to stop at the first fault; ReturnResponses decides whether successes get items (faults always do);
// a nested ExecuteMultiple faults its own item; more than MaxBatchSize requests faults before any runs.
internal static class ExecuteMultipleRunner
{
    public const string MaxBatchSizeDetail = "MaxBatchSize";

    public static OrganizationResponse Run(OrganizationRequest request, int maxBatchSize, Func<OrganizationRequest, OrganizationResponse> execute)
    {
        var requests = request.Parameters.TryGetValue(ParameterNames.Requests, out var r) ? r as OrganizationRequestCollection : null;
        var settings = request.Parameters.TryGetValue(ParameterNames.Settings, out var s) ? s as ExecuteMultipleSettings : null;
        if (requests == null || settings == null)
        {
            throw OrgFaults.InvalidArgument("ExecuteMultiple needs both Requests and Settings.");
        }

        if (requests.Count > maxBatchSize)
        {
            var fault = OrgFaults.InvalidArgument($"The number of requests ({requests.Count}) exceeds the maximum batch size of {maxBatchSize}.");
            fault.Detail.ErrorDetails[MaxBatchSizeDetail] = maxBatchSize;
            throw fault;
        }

        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            var item = RunOne(requests[index], index, execute);
            faulted |= item.Fault != null;
            if (item.Fault != null || settings.ReturnResponses)
            {
                items.Add(item);
            }

            if (item.Fault != null && !settings.ContinueOnError)
            {
                break;
            }
        }

        var response = new ExecuteMultipleResponse { ResponseName = MessageNames.ExecuteMultiple };
        response.Results[ParameterNames.IsFaulted] = faulted;
        response.Results[ParameterNames.Responses] = items;
        return response;
    }

    private static ExecuteMultipleResponseItem RunOne(OrganizationRequest request, int index, Func<OrganizationRequest, OrganizationResponse> execute)
    {
        if (request?.RequestName == MessageNames.ExecuteMultiple)
        {
            return new ExecuteMultipleResponseItem
            {
                RequestIndex = index,
                Fault = OrgFaults.InvalidArgument("ExecuteMultiple cannot contain another ExecuteMultiple request.").Detail,
            };
        }

        try
        {
            return new ExecuteMultipleResponseItem { RequestIndex = index, Response = execute(request!) };
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail };
        }
    }
}
