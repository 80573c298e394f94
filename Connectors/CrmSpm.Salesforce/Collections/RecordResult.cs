using System.Collections.Generic;
using System.Linq;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Collections;

/// <summary>
/// The outcome for one record of an sObject Collections call, at the record's position in the input.
/// <see cref="Created"/> is set by upserts only (true = inserted, false = matched and updated).
/// </summary>
public sealed record RecordResult(int Index, string? Id, bool Success, bool? Created, IReadOnlyList<SalesforceError> Errors)
{
    public bool HasErrorCode(string code) => Errors.Any(e => e.Code == code);

    public override string ToString() =>
        Success ? $"#{Index} {Id} ok" : $"#{Index} {Id ?? "(no id)"} failed: {string.Join("; ", Errors)}";
}
