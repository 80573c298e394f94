using CrmSpm.Plugins.Coaching;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class TipIdentityTests : PluginTestBase
{
    [Test]
    public void NameBased_RfcDnsExample_Should_MatchTheReferenceImplementation()
    {
        // Arrange: RFC 4122's DNS namespace; the expected value is Python's uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com").
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // Act
        var id = TipIdentity.NameBased(dns, "www.example.com");

        // Assert
        Assert.That(id, Is.EqualTo(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2")));
    }

    [Test]
    public void NameBased_PythonDocsExample_Should_MatchTheReferenceImplementation()
    {
        // Arrange: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") from https://docs.python.org/3/library/uuid.html#example
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // Act / Assert
        Assert.That(TipIdentity.NameBased(dns, "python.org"), Is.EqualTo(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d")));
    }

    [Test]
    public void ForKey_SameKeyTwice_Should_GiveTheSameId()
    {
        // Arrange
        var key = "stale-deal|opportunity|" + DealId;

        // Act
        var first = TipIdentity.ForKey(key);
        var second = TipIdentity.ForKey(key);

        // Assert
        Assert.That(first, Is.EqualTo(second));
    }

    [Test]
    public void ForKey_DifferentRules_Should_GiveDifferentVersion5Ids()
    {
        // Arrange
        var stale = "stale-deal|opportunity|" + DealId;
        var slipping = "slipping-deal|opportunity|" + DealId;

        // Act
        var a = TipIdentity.ForKey(stale);
        var b = TipIdentity.ForKey(slipping);

        // Assert: the version nibble is the 13th hex digit of the canonical form.
        Assert.That(a, Is.Not.EqualTo(b));
        Assert.That(a.ToString()[14], Is.EqualTo('5'));
    }
}
