namespace Microsoft.Xrm.Sdk;

// Contract §1.1.
public interface ITracingService
{
    void Trace(string format, params object[] args);
}
