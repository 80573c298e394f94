using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

// Callers receive it as FaultException<OrganizationServiceFault>.Detail (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationservicefault).
public class OrganizationServiceFault : BaseServiceFault
{
    public string TraceText { get; set; }

    public OrganizationServiceFault InnerFault { get; set; }

    public override string ToString()
    {
        var text = new StringBuilder();
        for (var fault = this; fault != null; fault = fault.InnerFault)
        {
            text.Append("Exception details: \n");
            text.Append("ErrorCode: 0x").Append(fault.ErrorCode.ToString("X", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("Message: ").Append(fault.Message).Append('\n');
            text.Append("TimeStamp: ").Append(fault.Timestamp.ToString("o", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("--\n");
        }

        return text.ToString();
    }
}
