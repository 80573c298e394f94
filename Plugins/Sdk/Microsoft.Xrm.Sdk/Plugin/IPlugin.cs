using System;

namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iplugin
public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}
