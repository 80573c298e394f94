using System;

namespace CrmSpm.Salesforce.Http;

/// <summary>A response read to the end: status, body text and the headers the client uses.</summary>
internal sealed record RawResponse(int StatusCode, string? ContentType, string Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => StatusCode >= 200 && StatusCode < 300;

    public bool IsJson => ContentType is not null && ContentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;
}
