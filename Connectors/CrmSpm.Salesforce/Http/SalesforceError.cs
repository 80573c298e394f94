using System.Collections.Generic;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// One error as Salesforce reports it. REST errors call the code <c>errorCode</c>, sObject Collections items
/// call it <c>statusCode</c>; both land in <see cref="Code"/>. <see cref="Fields"/> names the offending fields
/// (empty when Salesforce gives none).
/// </summary>
public sealed record SalesforceError(string Code, string Message, IReadOnlyList<string> Fields)
{
    public override string ToString() =>
        Fields.Count == 0 ? $"{Code}: {Message}" : $"{Code}: {Message} (fields: {string.Join(", ", Fields)})";
}
