namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultiplesettings
public sealed class ExecuteMultipleSettings
{
    public bool ContinueOnError { get; set; }

    public bool ReturnResponses { get; set; }
}
