namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.itracingservice
public interface ITracingService
{
    void Trace(string format, params object[] args);
}
