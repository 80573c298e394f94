using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Query;

namespace CrmSpm.Salesforce.Tests.Client;

public sealed class SoqlTests : SalesforceTestBase
{
    [TestCase("O'Brien", @"'O\'Brien'")]
    [TestCase(@"back\slash", @"'back\\slash'")]
    [TestCase("line\nbreak\ttab", @"'line\nbreak\ttab'")]
    [TestCase("say \"hi\"", "'say \\\"hi\\\"'")]
    public void Quote_ReservedCharacters_Should_BeEscaped(string value, string expected)
    {
        Assert.That(Soql.Quote(value), Is.EqualTo(expected));
    }

    [Test]
    public async Task Quote_HostileValue_Should_NotChangeTheQuery()
    {
        // Arrange: two deals; the hostile value would match both if it could break out of the literal.
        await StartEmulatorAsync();
        Emulator.Store.Seed("Opportunity", new JsonObject { ["Name"] = "Acme renewal" });
        Emulator.Store.Seed("Opportunity", new JsonObject { ["Name"] = @"x' OR Name != 'x" });
        var client = CreateClient();
        var hostile = @"x' OR Name != 'x";

        // Act
        var soql = new SoqlSelect("Opportunity", new[] { "Id", "Name" }).Where("Name = " + Soql.Quote(hostile)).ToString();
        var names = await client.QueryAsync(soql, false, CancellationToken.None).Select(r => r.GetString("Name")).ToListAsync();

        // Assert: only the record literally named so.
        Assert.That(names, Is.EqualTo(new[] { hostile }));
    }

    [Test]
    public void DateTime_WholeSeconds_Should_BeUnquotedUtcLiteral()
    {
        Assert.That(Soql.DateTime(new DateTimeOffset(2026, 11, 20, 10, 0, 5, TimeSpan.FromHours(1))), Is.EqualTo("2026-11-20T09:00:05Z"));
    }

    [Test]
    public void DateTime_FractionOfSecond_Should_BeRejected()
    {
        Assert.That(() => Soql.DateTime(new DateTimeOffset(2026, 11, 20, 9, 0, 5, 500, TimeSpan.Zero)), Throws.ArgumentException);
    }

    [TestCase("Name; DELETE")]
    [TestCase("Name FROM User")]
    [TestCase("")]
    [TestCase("1Name")]
    public void Name_NotAnIdentifier_Should_BeRejected(string name)
    {
        Assert.That(() => Soql.Name(name), Throws.ArgumentException);
    }

    [Test]
    public void SoqlSelect_WithConditions_Should_ParenthesiseAndJoinWithAnd()
    {
        // Act
        var soql = new SoqlSelect("Task", new[] { "Id", "Subject" })
            .Where("Status = " + Soql.Quote("Open"))
            .Where("OwnerId IN " + Soql.In(new[] { "005A", "005B" }))
            .OrderBy("SystemModstamp", "Id")
            .ToString();

        // Assert
        Assert.That(soql, Is.EqualTo("SELECT Id, Subject FROM Task WHERE (Status = 'Open') AND (OwnerId IN ('005A', '005B')) ORDER BY SystemModstamp, Id"));
    }
}
