using CrmSpm.Plugins.Recalculation;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class RecalculationTokenTests : PluginTestBase
{
    [Test]
    public void Parse_Empty_Should_StartARunNow()
    {
        // Arrange / Act
        var token = RecalculationToken.Parse("", Now);

        // Assert
        Assert.That((token.AsOf, token.NextTeam), Is.EqualTo((Now, 0)));
    }

    [Test]
    public void Parse_WrittenToken_Should_GiveBackTheSameRunAndTeam()
    {
        // Arrange
        var text = new RecalculationToken(Now.AddHours(-3), 7).ToString();

        // Act
        var token = RecalculationToken.Parse(text, Now);

        // Assert: the run keeps scoring as of its own start, not as of the continuation.
        Assert.That((token.AsOf, token.NextTeam), Is.EqualTo((Now.AddHours(-3), 7)));
    }

    [TestCase("v2|1|1")]
    [TestCase("v1|abc|1")]
    [TestCase("v1|1|-1")]
    [TestCase("v1|1")]
    public void Parse_ForeignToken_Should_ThrowAFormatException(string text)
    {
        // Arrange / Act
        TestDelegate act = () => RecalculationToken.Parse(text, Now);

        // Assert
        Assert.That(act, Throws.TypeOf<FormatException>().With.Message.Contains("continuation token"));
    }
}
