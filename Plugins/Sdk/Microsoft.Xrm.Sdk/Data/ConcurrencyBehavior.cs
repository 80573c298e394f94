namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.concurrencybehavior
public enum ConcurrencyBehavior
{
    Default,
    IfRowVersionMatches,
    AlwaysOverwrite,
}
