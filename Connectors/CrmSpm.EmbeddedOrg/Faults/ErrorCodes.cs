namespace CrmSpm.EmbeddedOrg.Faults;

// OrganizationServiceFault.ErrorCode values, with names and messages from Microsoft's "Web service error codes"
// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
public static class ErrorCodes
{
    public const int ObjectDoesNotExist = -2147220969;        // 0x80040217
    public const int RecordNotFoundByEntityKey = -2147088239; // 0x80060891
    public const int DuplicateRecordEntityKey = -2147088238;  // 0x80060892
    public const int IsvAborted = -2147220891;                // 0x80040265, InvalidPluginExecutionException
    public const int IsvUnExpected = -2147220956;             // any other plugin exception
    public const int DuplicateRecord = -2147220937;           // 0x80040237 "Cannot insert duplicate key."
    public const int PrivilegeDenied = -2147220960;           // 0x80040220
    public const int InvalidArgument = -2147220989;           // 0x80040203

    // Microsoft docs "Troubleshoot plug-ins" (transaction errors): a plugin swallowed a failed service call.
    public const int IsvReducedTransactionCount = -2146893812;
    public const int NoActiveTransaction = -2147220911;

    // SdkCorrelationTokenDepthTooHigh (0x80044182): the loop guard.
    public const int InfiniteLoop = -2147204734;

    // Metadata checks.
    public const int QueryBuilderNoEntity = -2147217150;          // 0x80041102
    public const int QueryBuilderNoAttribute = -2147217149;       // 0x80041103
    public const int QueryBuilderInvalidUpdate = -2147217152;     // 0x80041100
    public const int QueryBuilderNoEntityKey = -2147217088;       // 0x80041140
    public const int IncorrectAttributeValueType = -2147204268;   // 0x80044354
    public const int StringLengthTooLong = -2147204303;           // 0x80044331
    public const int IntegerValueOutOfRange = -2147204305;        // 0x8004432F
    public const int PicklistValueOutOfRange = -2147204326;       // 0x8004431A
    public const int InvalidStateCodeStatusCode = -2147187704;    // 0x80048408
    public const int CannotUpdateBecauseItIsReadOnly = -2147220946; // 0x8004022E
    public const int InvalidTargetEntity = -2147220631;           // 0x80040369

    // Optimistic concurrency (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency):
    // an Update or Delete with ConcurrencyBehavior.IfRowVersionMatches whose RowVersion is stale, or missing.
    public const int ConcurrencyVersionMismatch = -2147088254;    // 0x80060882
    public const int ConcurrencyVersionNotProvided = -2147088253; // 0x80060883

    // SandboxHostPluginTimeout (0x80044172): the sandbox's 2-minute limit per plugin execution.
    public const int SandboxHostPluginTimeout = -2147204750;
}
