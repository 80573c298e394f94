namespace Microsoft.Xrm.Sdk;

// Display texts of column values, keyed by column (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.formattedvaluecollection).
public sealed class FormattedValueCollection : DataCollection<string, string>
{
}
