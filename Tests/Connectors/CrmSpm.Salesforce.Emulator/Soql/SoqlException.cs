namespace CrmSpm.Salesforce.Emulator.Soql;

/// <summary>Becomes 400 MALFORMED_QUERY (or INVALID_FIELD / INVALID_TYPE) in the emulator's answer.</summary>
public sealed class SoqlException : Exception
{
    public SoqlException(string message, string errorCode = "MALFORMED_QUERY")
        : base(message)
    {
        ErrorCode = errorCode;
    }

    public string ErrorCode { get; }
}
