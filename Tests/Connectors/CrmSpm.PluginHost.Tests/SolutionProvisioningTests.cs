using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.Plugins.Model;
using CrmSpm.SolutionPacker;

namespace CrmSpm.PluginHost.Tests;

// The round trip solution → org: what the packed customizations.xml declares is what the org knows and runs.
public sealed class SolutionProvisioningTests
{
    [Test]
    public void Install_Should_RegisterEveryStepTheSolutionDeclares()
    {
        var org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)) });
        var declared = CrmSpmSolution.Customizations().Root!.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").Count();

        var registered = EmbeddedOrgStepRegistrar.Install(org);

        Assert.That(registered, Has.Count.EqualTo(declared).And.Count.GreaterThan(0));
        Assert.That(org.Metadata.Require(ScorecardColumns.EntityName).Column(ScorecardColumns.Key)!.MaxLength, Is.EqualTo(100));
        Assert.That(org.AlternateKeysOf(ScorecardColumns.EntityName).Single(), Is.EqualTo(new[] { ScorecardColumns.Key }));
        Assert.That(org.Roles.Keys, Is.SupersetOf(new[] { "CrmSpm Rep", "CrmSpm Manager", "CrmSpm Administrator" }));
    }
}
