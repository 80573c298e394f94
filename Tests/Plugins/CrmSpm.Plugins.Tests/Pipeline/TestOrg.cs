using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>An embedded org with CrmSpm installed and the people a pipeline test needs.</summary>
public sealed record TestOrg(EmbeddedOrganization Org, ManualTimeProvider Time, Guid Team, Guid Manager, Guid Rep, Guid OtherRep, Guid Account)
{
    public IOrganizationService AsRep => Org.ServiceFor(Rep);
    public IOrganizationService AsOtherRep => Org.ServiceFor(OtherRep);
    public IOrganizationService AsSystem => Org.SystemService;
}
