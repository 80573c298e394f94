using System;

namespace Microsoft.Xrm.Sdk.Extensions;

// Contract §1.1.
public static class ServiceProviderExtensions
{
    public static T Get<T>(this IServiceProvider serviceProvider)
    {
        return (T)serviceProvider.GetService(typeof(T));
    }

    public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid id)
    {
        return serviceProvider.Get<IOrganizationServiceFactory>().CreateOrganizationService(id);
    }
}
