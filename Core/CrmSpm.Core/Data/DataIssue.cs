namespace CrmSpm.Core.Data;

/// <summary>
/// Something wrong in the input data and what the engine did about it (skipped the record, or used a
/// documented default). Reported with the scores so nothing is silently wrong.
/// </summary>
public sealed class DataIssue
{
    public DataIssue(string code, string recordType, string? recordId, string message)
    {
        Code = code;
        RecordType = recordType;
        RecordId = recordId;
        Message = message;
    }

    /// <summary>Stable code from <see cref="DataIssueCodes"/>.</summary>
    public string Code { get; }

    /// <summary><c>rep</c>, <c>opportunity</c> or <c>activity</c>.</summary>
    public string RecordType { get; }

    /// <summary>The record's id when it has one.</summary>
    public string? RecordId { get; }

    /// <summary>What is wrong and what the engine did.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + RecordType + " " + (RecordId ?? "(no id)") + ": " + Message;
}
