using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class PluginAssemblyTests : PluginTestBase
{
    [Test]
    public void PluginAssembly_Should_BeStrongNamed()
    {
        // Arrange
        var name = typeof(PluginBase).Assembly.GetName();

        // Act
        var token = name.GetPublicKeyToken();

        // Assert: Dataverse registers signed assemblies only (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
        Assert.That(token, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void PluginAssembly_Should_DependOnNoCrmSpmAssemblyAndOnTheOfficialSdkIdentity()
    {
        // Arrange
        var references = typeof(PluginBase).Assembly.GetReferencedAssemblies();

        // Act
        var ours = references.Where(r => r.Name!.StartsWith("CrmSpm", StringComparison.Ordinal)).ToList();
        var sdk = references.Single(r => r.Name == "Microsoft.Xrm.Sdk");

        // Assert: Core is compiled in, not referenced; the SDK binds to the platform's 9.0.0.0 / 31bf3856ad364e35.
        Assert.That(ours, Is.Empty);
        Assert.That(sdk.Version, Is.EqualTo(new Version(9, 0, 0, 0)));
        Assert.That(Convert.ToHexString(sdk.GetPublicKeyToken()!).ToLowerInvariant(), Is.EqualTo("31bf3856ad364e35"));
    }
}
