using System;

namespace Microsoft.Xrm.Sdk;

// Contract §1.1: null means SYSTEM, Guid.Empty means the context's UserId, anything else that user.
public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
