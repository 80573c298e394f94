using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// The value of a multi-select choice column (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvaluecollection).
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    public OptionSetValueCollection()
    {
    }

    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
