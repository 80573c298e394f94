namespace CrmSpm.EmbeddedOrg.Faults;

// OrganizationServiceFault.ErrorCode values: the first four from contract §1.12; the next three are Dataverse's
// published error codes that the contract does not list (callers should test the first four only).
public static class ErrorCodes
{
    public const int ObjectDoesNotExist = -2147220969;        // 0x80040217
    public const int RecordNotFoundByEntityKey = -2147088239; // contract §1.12, "Missing alternate key"
    public const int IsvAborted = -2147220891;                // 0x80040265, InvalidPluginExecutionException
    public const int IsvUnExpected = -2147220956;             // any other plugin exception
    public const int DuplicateRecord = -2147220937;           // 0x80040237 "Cannot insert duplicate key."
    public const int PrivilegeDenied = -2147220960;           // 0x80040220
    public const int InvalidArgument = -2147220989;           // 0x80040203

    // Microsoft docs "Troubleshoot plug-ins" (transaction errors): a plugin swallowed a failed service call.
    public const int IsvReducedTransactionCount = -2146893812;
    public const int NoActiveTransaction = -2147220911;

    // Not in the contract (§6): the loop guard reuses IsvAborted with the documented infinite-loop message.
    public const int InfiniteLoop = IsvAborted;
}
