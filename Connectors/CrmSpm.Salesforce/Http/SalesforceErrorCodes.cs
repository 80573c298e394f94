namespace CrmSpm.Salesforce.Http;

/// <summary>The error codes the client acts on; the others are reported as they come.</summary>
public static class SalesforceErrorCodes
{
    public const string InvalidSessionId = "INVALID_SESSION_ID";
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";
    public const string UnableToLockRow = "UNABLE_TO_LOCK_ROW";

    /// <summary>Our own code for a response that was not JSON (an HTML maintenance or proxy page).</summary>
    public const string NonJsonResponse = "NON_JSON_RESPONSE";
}
