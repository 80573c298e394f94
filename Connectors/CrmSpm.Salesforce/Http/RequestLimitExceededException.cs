using System.Collections.Generic;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// 403 REQUEST_LIMIT_EXCEEDED: the org's rolling 24-hour API allowance is used up. Retrying only burns more
/// of it, so the run stops and reports the last usage Salesforce told us about.
/// </summary>
public sealed class RequestLimitExceededException : SalesforceApiException
{
    public RequestLimitExceededException(string method, string path, IReadOnlyList<SalesforceError> errors, ApiUsage? usage)
        : base(method, path, 403, errors)
    {
        Usage = usage;
    }

    public ApiUsage? Usage { get; }

    public override string Message =>
        base.Message + (Usage is null ? string.Empty : $" (daily API usage {Usage.Used}/{Usage.Limit})");
}
