namespace CrmSpm.Cli.Tests;

public class DemoCommandTests : CliTestBase
{
    private static readonly string[] SmallOrg = { "demo", "--seed", "7", "--reps", "8", "--deals-per-rep", "15", "--now", "2026-11-15", "--tips", "3" };

    [Test]
    public void Demo_SmallSeed_Should_PrintEverySectionReadFromTheEmbeddedOrg()
    {
        // Act
        var (exitCode, output) = Run(SmallOrg);

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("CrmSpm demo in an embedded Dataverse org: 8 reps, 120 opportunities"));
        Assert.That(output, Does.Contain("Team scorecard 2026-11, Sales team 1 (crmspm_scorecard rows)"));
        Assert.That(output, Does.Contain("A-tier practices, every team"), "the teams share their practices: one table");
        Assert.That(output, Does.Contain("Coaching queue"));
        Assert.That(output, Does.Match(@"Open coaching tips \(3 of \d+ open tip tasks\)"));
        Assert.That(output, Does.Contain("Deal scores"));
        Assert.That(output, Does.Contain("Recognition posts"));
        Assert.That(output, Does.Contain("Platform (embedded Dataverse org)"));
        Assert.That(output, Does.Match(@"Async job failures\s+│\s+0 "));
        Assert.That(output, Does.Not.Contain("\u001b["), "no escape codes when the console is not a terminal");
    }

    [Test]
    public void Demo_SameArguments_Should_PrintTheSameOutput()
    {
        // Act
        var first = Run(SmallOrg);
        var second = Run(SmallOrg);

        // Assert
        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    [Test]
    public void Demo_WithoutNow_Should_UseTheFixedDefaultSoTwoRunsPrintTheSameBytes()
    {
        // Act: no --now, so neither run reads the system clock.
        var first = Run("demo", "--seed", "7", "--reps", "4", "--deals-per-rep", "10", "--tips", "2");
        var second = Run("demo", "--seed", "7", "--reps", "4", "--deals-per-rep", "10", "--tips", "2");

        // Assert: the generator's "now", 2026-11-15, whatever today is; no timing line to leave out.
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
        Assert.That(first.Output, Does.Contain("Team scorecard 2026-11, "));
        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    [Test]
    public void Demo_CoreOnly_Should_ScoreWithCoreAlone()
    {
        // Act
        var (exitCode, output) = Run("demo", "--core-only", "--seed", "7", "--reps", "8", "--deals-per-rep", "25", "--now", "2026-11-15", "--tips", "3");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("CrmSpm demo: 8 reps, 200 opportunities"));
        Assert.That(output, Does.Contain("Team scorecard 2026-11"));
        Assert.That(output, Does.Contain("A-tier practices"));
        Assert.That(output, Does.Contain("Coaching tips (3 of "));
        Assert.That(output, Does.Not.Contain("Platform"), "no embedded org in the core-only run");
        Assert.That(output, Does.Match(@"│ \w+ deal \d+\s+│ \w+ \w+\s+│\s+\d+ │"), "deal scores show the deal's name and its owner");
        Assert.That(output, Does.Not.Contain("opp-0"), "no record ids where a name exists");
    }

    [Test]
    public void Demo_CoreOnlySameArguments_Should_PrintTheSameOutput()
    {
        // Act
        var first = Run("demo", "--core-only", "--seed", "3", "--reps", "6", "--deals-per-rep", "20", "--now", "2026-11-15");
        var second = Run("demo", "--core-only", "--seed", "3", "--reps", "6", "--deals-per-rep", "20", "--now", "2026-11-15");

        // Assert
        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    [TestCase("--reps", "0", "--reps must be between 1 and 10000.")]
    [TestCase("--deals-per-rep", "5000", "--deals-per-rep must be between 1 and 1000.")]
    [TestCase("--now", "15/11/2026", "--now must be 'today' or a date like 2026-11-15.")]
    [TestCase("--now", "tomorrow", "--now must be 'today' or a date like 2026-11-15.")]
    [TestCase("--reps", "1000", "must not exceed 10000 when replaying through the plugins (use --core-only for larger orgs).")]
    public void Demo_BadOption_Should_ExplainAndExitWith2(string option, string value, string message)
    {
        // Act
        var (exitCode, output) = Run("demo", option, value);

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain(message));
    }

    [Test]
    public void Demo_NotANumber_Should_FailParsingWithoutRunning()
    {
        // Act
        var (exitCode, output) = Run("demo", "--seed", "abc");

        // Assert
        Assert.That(exitCode, Is.Not.EqualTo(0));
        Assert.That(output, Does.Not.Contain("Team scorecard"));
    }
}
