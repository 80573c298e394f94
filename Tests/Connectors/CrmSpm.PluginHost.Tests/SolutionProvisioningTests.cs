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
        var steps = CrmSpmSolution.Customizations().Root!.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").Count();
        var mainOperations = CrmSpmSolution.CustomApiFiles().Values.Count(d => d.Root!.Name == "customapi" && d.Root.Element("plugintypeid") != null);
        var declared = steps + mainOperations;

        var registered = EmbeddedOrgStepRegistrar.Install(org);

        Assert.That(mainOperations, Is.EqualTo(1));
        Assert.That(registered, Has.Count.EqualTo(declared).And.Count.GreaterThan(0));
        Assert.That(org.Metadata.Require(ScorecardColumns.EntityName).Column(ScorecardColumns.Key)!.MaxLength, Is.EqualTo(100));
        Assert.That(org.AlternateKeysOf(ScorecardColumns.EntityName).Single(), Is.EqualTo(new[] { ScorecardColumns.Key }));
        Assert.That(org.Roles.Keys, Is.SupersetOf(new[] { "CrmSpm Rep", "CrmSpm Manager", "CrmSpm Administrator" }));
    }

    [Test]
    public void Install_Should_RunTheCustomApisPluginTypeAsItsMainOperation()
    {
        // A custom API's plug-in type is its main operation and sets its response properties
        // (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api).
        var org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)) });
        EmbeddedOrgStepRegistrar.Install(org);

        var response = org.SystemService.Execute(new Microsoft.Xrm.Sdk.OrganizationRequest(MessageNames.RecalculateScorecards));

        // An org without sales teams: the first execution completes the run and records itself.
        Assert.That(response.Results[MessageNames.NextContinuationTokenParameter], Is.EqualTo(""));
        var health = org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(PluginHealthColumns.EntityName) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(PluginHealthColumns.Kind, PluginHealthColumns.RunComplete) }).Entities;
        Assert.That(health.Single().GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(PluginHealthColumns.Kind).Value, Is.EqualTo(PluginHealthKind.RecomputeExecution));
        Assert.That(health.Single().GetAttributeValue<bool>(PluginHealthColumns.RunComplete), Is.True);
    }
}
