using CrmSpm.Cli.Serve;

namespace CrmSpm.Cli.Tests.Serve;

public class ServePagesTests
{
    [Test]
    public void WithOrgClock_Should_LoadTheClockFirstInTheHead()
    {
        // Arrange: a shipped panel's page, with its own scripts in the head.
        var page = "<!DOCTYPE html><html lang=\"en\"><head>\n  <meta charset=\"utf-8\">\n  <script type=\"module\" src=\"opportunity.js\"></script></head><body></body></html>";

        // Act
        var served = ServePages.WithOrgClock(page);

        // Assert: the clock script before anything else the head runs; the page otherwise unchanged.
        Assert.That(served, Is.EqualTo(page.Replace("<head>", "<head><script src=\"/crmspm-serve/clock.js\"></script>", StringComparison.Ordinal)));
    }

    [Test]
    public void WithOrgClock_WithoutAHead_Should_PutTheClockFirst()
    {
        Assert.That(ServePages.WithOrgClock("<p>x</p>"), Is.EqualTo("<script src=\"/crmspm-serve/clock.js\"></script><p>x</p>"));
    }
}
