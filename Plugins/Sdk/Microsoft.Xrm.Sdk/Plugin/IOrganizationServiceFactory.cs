using System;

namespace Microsoft.Xrm.Sdk;

// Null means SYSTEM, Guid.Empty means the context's UserId, anything else that user (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory).
public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
