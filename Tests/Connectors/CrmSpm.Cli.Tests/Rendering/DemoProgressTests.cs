using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>The demo's replay reports its progress to a terminal, and none of it reaches the printed results.</summary>
public class DemoProgressTests : CliTestBase
{
    [Test]
    public void Demo_OnATerminal_Should_ShowEachStepAndTheEventsReplayedThenClearTheLine()
    {
        // Arrange: a terminal sink whose clock moves a second at every reading, so nothing is quiet.
        var terminal = new StringWriter();

        // Act
        var (exitCode, output) = RunAt(160, new[] { "demo", "--seed", "7", "--reps", "4", "--deals-per-rep", "10", "--now", "2026-11-15" },
            () => new RunProgress(terminal, new SecondPerReading()));

        // Assert
        var shown = terminal.ToString();
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(shown, Does.Contain("\rgenerating the org").And.Contain("\rsetting up the embedded org").And.Contain("\rreading back the org's rows"));
        Assert.That(shown, Does.Match(@"\rreplaying events [\d,]+/[\d,]+ \[#+\.*\]"));
        Assert.That(shown, Does.EndWith("\r" + new string(' ', RunProgress.Width) + "\r"), "the line is cleared before the results");
        Assert.That(output, Does.Not.Contain("\r").And.Not.Contain("replaying events"));
    }

    /// <summary>A clock a second later at every reading.</summary>
    private sealed class SecondPerReading : TimeProvider
    {
        private long readings;

        public override long TimestampFrequency => 1;

        public override long GetTimestamp() => Interlocked.Increment(ref readings);
    }
}
