using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Faults;

// Builds the FaultException<OrganizationServiceFault> that Dataverse gives SDK callers (contract §1.9, §1.12).
internal static class OrgFaults
{
    public const string UnexpectedIsvError = "An unexpected error occurred from ISV code.";

    // Documented text of the platform's loop guard (Microsoft docs on workflow processes).
    public const string InfiniteLoopMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.";

    public static FaultException<OrganizationServiceFault> IsvReducedTransactionCount() =>
        Create(ErrorCodes.IsvReducedTransactionCount, "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");

    public static FaultException<OrganizationServiceFault> NoActiveTransaction() =>
        Create(ErrorCodes.NoActiveTransaction, "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");

    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, string? traceText = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            TraceText = traceText,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    // Contract top finding 3: "{entity} With Id = {id} Does Not Exist".
    public static FaultException<OrganizationServiceFault> DoesNotExist(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id:D} Does Not Exist");

    public static FaultException<OrganizationServiceFault> KeyDoesNotExist(string table) =>
        Create(ErrorCodes.RecordNotFoundByEntityKey, $"A record with the specified key values does not exist in {table} entity");

    public static FaultException<OrganizationServiceFault> UndefinedKey(string table) =>
        Create(ErrorCodes.InvalidArgument, $"The specified key attributes are not a defined key for the {table} entity");

    public static FaultException<OrganizationServiceFault> Duplicate(string table, Guid id) =>
        Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. {table} With Id = {id:D} already exists.");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> PrivilegeDenied(Guid userId, string privilege, string table) =>
        Create(ErrorCodes.PrivilegeDenied, $"Principal user (Id={userId:D}, type=8) is missing {privilege} privilege on entity '{table}'.");
}
