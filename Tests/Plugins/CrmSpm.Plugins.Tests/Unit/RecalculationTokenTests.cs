using CrmSpm.Plugins.Recalculation;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class RecalculationTokenTests : PluginTestBase
{
    private static readonly Guid TeamB = new("00000000-0000-0000-0000-00000000000b");

    [Test]
    public void Parse_Empty_Should_StartARunNowBeforeEveryTeam()
    {
        // Arrange / Act
        var token = RecalculationToken.Parse("", Now);

        // Assert
        Assert.That((token.AsOf, token.LastTeam), Is.EqualTo((Now, (Guid?)null)));
        Assert.That(token.IsAfterLastTeam(Guid.Empty), Is.True);
    }

    [Test]
    public void Parse_WrittenToken_Should_GiveBackTheSameRunAndTeam()
    {
        // Arrange
        var text = new RecalculationToken(Now.AddHours(-3), TeamB).ToString();

        // Act
        var token = RecalculationToken.Parse(text, Now);

        // Assert: the run keeps scoring as of its own start, not as of the continuation.
        Assert.That(text, Is.EqualTo("v2|" + Now.AddHours(-3).Ticks + "|00000000-0000-0000-0000-00000000000b"));
        Assert.That((token.AsOf, token.LastTeam), Is.EqualTo((Now.AddHours(-3), (Guid?)TeamB)));
    }

    [Test]
    public void IsAfterLastTeam_TeamAddedBeforeTheLastDoneBetweenPages_Should_NotShiftWhereTheRunResumes()
    {
        // Arrange: teams ...0a and ...0b were done; a new team ...01 (earlier in id order) appeared since. An index
        // ("resume at position 2") would now point at ...0b again and run it twice; the id resumes after ...0b.
        var token = new RecalculationToken(Now, TeamB);

        // Act
        var resumes = new[] { "01", "0a", "0b", "0c" }.Select(s => new Guid("00000000-0000-0000-0000-0000000000" + s)).Where(token.IsAfterLastTeam);

        // Assert
        Assert.That(resumes, Is.EqualTo(new[] { new Guid("00000000-0000-0000-0000-00000000000c") }));
    }

    [TestCase("v1|1|1")]
    [TestCase("v2|abc|00000000-0000-0000-0000-00000000000b")]
    [TestCase("v2|1|-1")]
    [TestCase("v2|1|")]
    [TestCase("v2|1")]
    public void Parse_ForeignToken_Should_ThrowAFormatException(string text)
    {
        // Arrange / Act
        TestDelegate act = () => RecalculationToken.Parse(text, Now);

        // Assert
        Assert.That(act, Throws.TypeOf<FormatException>().With.Message.Contains("continuation token"));
    }
}
