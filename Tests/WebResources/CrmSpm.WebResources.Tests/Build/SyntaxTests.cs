using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Build;

/// <summary>
/// Every shipped script (and every module source) parses as ECMAScript 2018 with acorn: Microsoft's solution checker
/// reports newer syntax as web-unsupported-syntax
/// (https://learn.microsoft.com/power-apps/maker/data-platform/use-powerapps-checker).
/// </summary>
public sealed class SyntaxTests
{
    [Test]
    public void ShippedScripts_Should_ParseAsEcmaScript2018()
    {
        // Arrange
        ShippedBuild.EnsureBuilt();

        // Act
        var (exitCode, output) = ShippedBuild.RunNode("check-es2018.mjs");
        TestContext.Out.WriteLine(output);

        // Assert
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Match(@"^\d{2,} files parse as ECMAScript 2018"), "the shipped files and the sources were all found");
    }
}
