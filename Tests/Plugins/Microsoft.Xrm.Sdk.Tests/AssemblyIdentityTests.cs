namespace Microsoft.Xrm.Sdk.Tests;

// A plugin binds to the platform's assembly by full name including the token.
public class AssemblyIdentityTests : SurfaceTestBase
{
    [Test]
    public void Surface_FullName_Should_BeTheOfficialIdentity()
    {
        // Arrange
        var name = Surface.GetName();

        // Act
        var fullName = name.FullName;

        // Assert
        Assert.That(fullName, Is.EqualTo("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"));
    }

    [Test]
    public void Surface_PublicKey_Should_BeMicrosoftsPublishedSharedKey()
    {
        // Arrange
        var expected = Convert.FromHexString(MicrosoftSharedPublicKeyHex);

        // Act
        var actual = Surface.GetName().GetPublicKey();

        // Assert
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Surface_PublicKeyToken_Should_BeLastEightBytesOfSha1Reversed()
    {
        // Arrange: the token is defined as the last 8 bytes of SHA-1(public key), reversed.
        var hash = System.Security.Cryptography.SHA1.HashData(Convert.FromHexString(MicrosoftSharedPublicKeyHex));
        var expected = hash[^8..].Reverse().ToArray();

        // Act
        var token = Surface.GetName().GetPublicKeyToken();

        // Assert
        Assert.That(Convert.ToHexString(token!).ToLowerInvariant(), Is.EqualTo("31bf3856ad364e35"));
        Assert.That(token, Is.EqualTo(expected));
    }

    [Test]
    public void Surface_EveryPublicType_Should_SitInAnOfficialNamespace()
    {
        // Arrange
        var types = Surface.GetExportedTypes();

        // Act
        var strays = types.Where(t => !OfficialNamespaces.Contains(t.Namespace)).Select(t => t.FullName).ToList();

        // Assert
        Assert.That(types, Is.Not.Empty);
        Assert.That(strays, Is.Empty);
    }

    [Test]
    public void Surface_ProductOpportunityMessages_Should_NotBeHere()
    {
        // Arrange: WinOpportunityRequest/LoseOpportunityRequest live in Microsoft.Crm.Sdk.Proxy, another assembly.
        var names = Surface.GetExportedTypes().Select(t => t.Name);

        // Act
        var misplaced = names.Where(n => n.StartsWith("WinOpportunity", StringComparison.Ordinal) || n.StartsWith("LoseOpportunity", StringComparison.Ordinal));

        // Assert
        Assert.That(misplaced, Is.Empty);
    }
}
