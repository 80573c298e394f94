using System.IO.Compression;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Build;

/// <summary>
/// Each page's JavaScript + CSS as shipped (dist/, built by WebResources/build.mjs) stays within 50,000 bytes and
/// 15,000 bytes gzipped. A size, so asserted; times are only recorded.
/// </summary>
public sealed class PanelBudgetTests
{
    private const int BudgetBytes = 50_000;
    private const int GzipBudgetBytes = 15_000;

    [TestCase("crmspm_/coaching/opportunity.html")]
    [TestCase("crmspm_/coaching/account.html")]
    [TestCase("crmspm_/scorecard/manager.html")]
    [TestCase("crmspm_/admin/profile.html")]
    [TestCase("crmspm_/admin/dataQuality.html")]
    public void ShippedPage_JavaScriptAndCss_Should_StayWithin50000BytesAnd15000Gzipped(string htmlPath)
    {
        // Arrange
        ShippedBuild.EnsureBuilt();
        var files = PanelFiles.For(htmlPath);

        // Act
        var bytes = files.Sum(file => new FileInfo(file).Length);
        var gzipped = files.Sum(GzippedLength);
        TestContext.Out.WriteLine($"{htmlPath}: {bytes} bytes, {gzipped} gzipped, in {files.Count} files");

        // Assert
        Assert.That(files.Count(file => file.EndsWith(".css", StringComparison.Ordinal)), Is.EqualTo(1), "one stylesheet");
        Assert.That(files.Count(file => file.EndsWith(".js", StringComparison.Ordinal)), Is.EqualTo(1), "one script");
        Assert.That(bytes, Is.LessThanOrEqualTo(BudgetBytes), string.Join(Environment.NewLine, files));
        Assert.That(gzipped, Is.LessThanOrEqualTo(GzipBudgetBytes), string.Join(Environment.NewLine, files));
    }

    private static long GzippedLength(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return buffer.Length;
    }
}
