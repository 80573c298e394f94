using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

// Contract §1.6: the value of a multi-select choice column.
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
