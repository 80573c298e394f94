using CrmSpm.Cli.Serve;

namespace CrmSpm.Cli.Tests.Serve;

/// <summary>The loopback server's answer to DNS rebinding (Host) and cross-site requests (Origin, https://fetch.spec.whatwg.org/#origin-header).</summary>
public class LoopbackGuardTests
{
    [TestCase("127.0.0.1:5123", null, true)]
    [TestCase("localhost:5123", null, true)]
    [TestCase("LOCALHOST:5123", "http://localhost:5123", true)]
    [TestCase("127.0.0.1:5123", "http://127.0.0.1:5123", true)]
    [TestCase("attacker.example:5123", null, false)] // rebinding: the attacker's name resolved to 127.0.0.1
    [TestCase("127.0.0.1:8080", null, false)] // another port
    [TestCase("127.0.0.1", null, false)] // no port: not what the server prints
    [TestCase(null, null, false)]
    [TestCase("127.0.0.1:5123", "http://attacker.example", false)] // cross-site
    [TestCase("127.0.0.1:5123", "http://localhost:5123", false)] // the other name's pages: another origin
    [TestCase("127.0.0.1:5123", "null", false)] // sandboxed or file pages
    [TestCase("127.0.0.1:5123", "https://127.0.0.1:5123", false)]
    public void Refusal_Should_AnswerOnlyTheServedOrigin(string? host, string? origin, bool answered)
    {
        Assert.That(LoopbackGuard.Refusal(host, origin, 5123) == null, Is.EqualTo(answered));
    }
}
