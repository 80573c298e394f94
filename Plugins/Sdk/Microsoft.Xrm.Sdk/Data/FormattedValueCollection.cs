namespace Microsoft.Xrm.Sdk;

// Contract §1.5: display texts of column values, keyed by column.
public sealed class FormattedValueCollection : DataCollection<string, string>
{
}
