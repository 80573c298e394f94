using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Faults;

// Builds the FaultException<OrganizationServiceFault> that Dataverse gives SDK callers. Messages are the ones the
// "Web service error codes" page publishes, with the names filled in where the platform adds them.
internal static class OrgFaults
{
    public const string UnexpectedIsvError = "An unexpected error occurred from ISV code.";

    // SdkCorrelationTokenDepthTooHigh in the web service error codes.
    public const string InfiniteLoopMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.";

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

    public static FaultException<OrganizationServiceFault> DoesNotExist(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id:D} Does Not Exist");

    public static FaultException<OrganizationServiceFault> KeyDoesNotExist(string table) =>
        Create(ErrorCodes.RecordNotFoundByEntityKey, $"A record with the specified key values does not exist in {table} entity");

    public static FaultException<OrganizationServiceFault> UndefinedKey(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntityKey, $"The specified entitykey was not found. The key attributes are not a defined key for the {table} entity.");

    public static FaultException<OrganizationServiceFault> Duplicate(string table, Guid id) =>
        Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. {table} With Id = {id:D} already exists.");

    public static FaultException<OrganizationServiceFault> DuplicateKey(string columns) =>
        Create(ErrorCodes.DuplicateRecordEntityKey, $"A record that has the attribute values {columns} already exists. The entity key {columns} requires that this set of attributes contains unique values. Select unique values and try again.");

    public static FaultException<OrganizationServiceFault> VersionMismatch() =>
        Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");

    public static FaultException<OrganizationServiceFault> VersionNotProvided() =>
        Create(ErrorCodes.ConcurrencyVersionNotProvided, "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> PrivilegeDenied(Guid userId, string privilege, string table) =>
        Create(ErrorCodes.PrivilegeDenied, $"Principal user (Id={userId:D}, type=8) is missing {privilege} privilege on entity '{table}'.");

    public static FaultException<OrganizationServiceFault> NoEntity(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The specified entity was not found. Could not find entity with name '{table}'.");

    public static FaultException<OrganizationServiceFault> NoAttribute(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"The specified attribute does not exist on this entity. '{table}' entity doesn't contain attribute with Name = '{column}'.");

    public static FaultException<OrganizationServiceFault> WrongType(string column, string expected, object value) =>
        Create(ErrorCodes.IncorrectAttributeValueType, $"Invalid Attribute Value Type for {column}. Expected: {expected}, Found: {value.GetType().FullName}");

    // The text Microsoft's Web API batch documentation shows for task subject.
    public static FaultException<OrganizationServiceFault> TooLong(string table, string column, int maxLength) =>
        Create(ErrorCodes.StringLengthTooLong, $"A validation error occurred. The length of the '{column}' attribute of the '{table}' entity exceeded the maximum allowed length of '{maxLength}'.");

    public static FaultException<OrganizationServiceFault> OutOfRange(string table, string column, object value) =>
        Create(ErrorCodes.IntegerValueOutOfRange, $"A validation error occurred. An integer provided is outside of the allowed values for this attribute. The value {value} of '{column}' on record of type '{table}' is outside the valid range.");

    public static FaultException<OrganizationServiceFault> BadChoice(string table, string column, int value) =>
        Create(ErrorCodes.PicklistValueOutOfRange, $"The picklist value is out of the range. The value {value} of '{column}' on record of type '{table}' is outside the valid range.");

    public static FaultException<OrganizationServiceFault> BadState(string table, int state, int status) =>
        Create(ErrorCodes.InvalidStateCodeStatusCode, $"State code is invalid or state code is valid but status code is invalid for a specified state code. {status} is not a valid status code for state code {state} on {table}.");

    public static FaultException<OrganizationServiceFault> NotValidFor(string operation, string table, string column) =>
        Create(ErrorCodes.QueryBuilderInvalidUpdate, $"An attempt was made to update a non-updateable field. Attribute '{column}' of '{table}' is not valid for {operation}.");

    // The error codes page publishes no code for a missing SystemRequired value; InvalidArgument is the closest.
    public static FaultException<OrganizationServiceFault> RequiredMissing(string table, string column) =>
        Create(ErrorCodes.InvalidArgument, $"Attribute '{column}' of '{table}' is required (SystemRequired) and must have a value on create.");

    public static FaultException<OrganizationServiceFault> ReadOnlyRecord(string table, Guid id) =>
        Create(ErrorCodes.CannotUpdateBecauseItIsReadOnly, $"The object cannot be updated because it is read-only. {table} With Id = {id:D} is closed.");

    public static FaultException<OrganizationServiceFault> InvalidTarget(string table, string column, string target) =>
        Create(ErrorCodes.InvalidTargetEntity, $"The specified target record type does not exist. '{target}' is not a valid target of '{column}' on '{table}'.");

    // Text reported by Dynamics 365 for SetState/Update of an opportunity to Won or Lost.
    public static FaultException<OrganizationServiceFault> UseCloseMessage(string stateLabel, string request) =>
        Create(ErrorCodes.InvalidArgument, $"This message can not be used to set the state of opportunity to {stateLabel}. In order to set the state of opportunity to {stateLabel}, use the {request} message instead.");

    public static FaultException<OrganizationServiceFault> SandboxTimeout(string step) =>
        Create(ErrorCodes.SandboxHostPluginTimeout, "The plug-in execution failed because the operation has timed-out at the Sandbox Host.", $"Step '{step}' used more than 2 minutes of simulated time.");
}
