using CrmSpm.Plugins.Recalculation;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class RecalculationTokenTests : PluginTestBase
{
    private static readonly Guid TeamA = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid TeamB = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid TeamC = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid Deal7 = new("00000000-0000-0000-0000-000000000007");
    private static readonly StandingReference Standing = new(new Guid("00000000-0000-0000-0000-0000000000f1"), new Guid("00000000-0000-0000-0000-0000000000f2"));
    private const string StandingText = "00000000-0000-0000-0000-0000000000f1|00000000-0000-0000-0000-0000000000f2";

    [Test]
    public void Parse_Empty_Should_StartARunNowWithWorkInEveryTeam()
    {
        // Arrange / Act
        var token = RecalculationToken.Parse("", Now);

        // Assert
        Assert.That((token.AsOf, token.Standing, token.Team, token.LastDeal), Is.EqualTo((Now, (StandingReference?)null, (Guid?)null, (Guid?)null)));
        Assert.That(token.HasWorkIn(TeamA), Is.True);
        Assert.That(token.ResumeAfter(TeamA), Is.Null);
    }

    [Test]
    public void Parse_TokenAfterATeam_Should_GiveBackTheSameRunAndSkipThatTeam()
    {
        // Arrange
        var text = RecalculationToken.AfterTeam(Now.AddHours(-3), Standing, TeamB).ToString();

        // Act
        var token = RecalculationToken.Parse(text, Now);

        // Assert: the run keeps scoring as of its own start, not as of the continuation; A and B are done, C is not.
        Assert.That(text, Is.EqualTo("v4|" + Now.AddHours(-3).Ticks + "|" + StandingText + "|00000000-0000-0000-0000-00000000000b|"));
        Assert.That(token.AsOf, Is.EqualTo(Now.AddHours(-3)));
        Assert.That((token.Standing!.RowId, token.Standing.RunId), Is.EqualTo((Standing.RowId, Standing.RunId)));
        Assert.That((token.HasWorkIn(TeamA), token.HasWorkIn(TeamB), token.HasWorkIn(TeamC)), Is.EqualTo((false, false, true)));
        Assert.That(token.ResumeAfter(TeamC), Is.Null);
    }

    [Test]
    public void Parse_TokenInsideATeam_Should_ResumeThatTeamAfterItsLastDeal()
    {
        // Arrange
        var text = RecalculationToken.InTeam(Now, Standing, TeamB, Deal7).ToString();

        // Act
        var token = RecalculationToken.Parse(text, Now.AddHours(1));

        // Assert: B still has work, from deal 7 on; the next team starts from its model and scorecards.
        Assert.That(text, Is.EqualTo("v4|" + Now.Ticks + "|" + StandingText + "|00000000-0000-0000-0000-00000000000b|00000000-0000-0000-0000-000000000007"));
        Assert.That((token.HasWorkIn(TeamA), token.HasWorkIn(TeamB), token.HasWorkIn(TeamC)), Is.EqualTo((false, true, true)));
        Assert.That(token.ResumeAfter(TeamB), Is.EqualTo(Deal7));
        Assert.That(token.ResumeAfter(TeamC), Is.Null);
    }

    [Test]
    public void Parse_TokenWithScorecardsDoneAndNoDealYet_Should_ResumeBeforeTheFirstDeal()
    {
        // Arrange / Act: the empty Guid sorts before every deal id.
        var token = RecalculationToken.Parse(RecalculationToken.InTeam(Now, Standing, TeamB, Guid.Empty).ToString(), Now);

        // Assert
        Assert.That(token.ResumeAfter(TeamB), Is.EqualTo(Guid.Empty));
        Assert.That(RecalculationToken.Order.Compare(Deal7, Guid.Empty), Is.GreaterThan(0));
    }

    [Test]
    public void Parse_TokenAfterTheStandingAlone_Should_KeepTheStandingAndLeaveEveryTeamToDo()
    {
        // Arrange
        var text = RecalculationToken.AfterStanding(Now, Standing).ToString();

        // Act
        var token = RecalculationToken.Parse(text, Now.AddHours(1));

        // Assert
        Assert.That(text, Is.EqualTo("v4|" + Now.Ticks + "|" + StandingText + "||"));
        Assert.That((token.AsOf, token.Standing!.RunId, token.Team), Is.EqualTo((Now, Standing.RunId, (Guid?)null)));
        Assert.That((token.HasWorkIn(TeamA), token.ResumeAfter(TeamA)), Is.EqualTo((true, (Guid?)null)));
    }

    [TestCase("v2|638000000000000000|00000000-0000-0000-0000-00000000000b")]
    [TestCase("v3|638000000000000000|00000000-0000-0000-0000-00000000000b|")]
    [TestCase("v4|638000000000000000|" + StandingText + "|not-a-guid|")]
    [TestCase("v4|-5|" + StandingText + "|00000000-0000-0000-0000-00000000000b|")]
    [TestCase("v4|638000000000000000|" + StandingText + "|00000000-0000-0000-0000-00000000000b|7")]
    [TestCase("v4|638000000000000000|" + StandingText + "||00000000-0000-0000-0000-000000000007")]
    [TestCase("v4|638000000000000000||00000000-0000-0000-0000-0000000000f2||")]
    [TestCase("<script>alert(1)</script>")]
    public void Parse_ForeignToken_Should_SayToStartANewRun(string text)
    {
        // Arrange / Act
        var error = Assert.Throws<FormatException>(() => RecalculationToken.Parse(text, Now));

        // Assert: a v2 token of the old self-chaining recompute and a v3 token without a standing are foreign too.
        Assert.That(error!.Message, Does.Contain("pass an empty token to start a new run"));
    }
}
