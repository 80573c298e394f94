using System;

namespace Microsoft.Xrm.Sdk;

// Contract §1.1.
public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}
