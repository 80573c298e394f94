using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Service;

// IOrganizationServiceFactory inside a plugin (https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in): null is SYSTEM, Guid.Empty is the context's UserId,
// any other value that user. Services it creates make nested calls (Depth + 1, same transaction).
internal sealed class ServiceFactory : IOrganizationServiceFactory
{
    private readonly Func<Guid, IOrganizationService> _create;
    private readonly Guid _contextUserId;
    private readonly Guid _systemUserId;

    public ServiceFactory(Func<Guid, IOrganizationService> create, Guid contextUserId, Guid systemUserId)
    {
        _create = create;
        _contextUserId = contextUserId;
        _systemUserId = systemUserId;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId switch
        {
            null => _systemUserId,
            { } id when id == Guid.Empty => _contextUserId,
            { } id => id,
        };
        return _create(user);
    }
}
