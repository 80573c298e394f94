using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Tests.Rendering;

public class RunProgressTests
{
    [Test]
    public void Report_OnATerminal_Should_StayQuietForASecondThenRedrawOneLineInPlace()
    {
        // Arrange
        var time = new SteppedTime();
        var error = new StringWriter();
        using var progress = new RunProgress(error, time);

        // Act: at 0.5 s nothing shows; at 1.5 s the line, with a half-filled bar of 20 and whole seconds.
        time.Seconds = 0.5;
        progress.Report("replaying events", 10, 100);
        var quiet = error.ToString();
        time.Seconds = 1.5;
        progress.Report("replaying events", 50, 100);

        // Assert
        Assert.That(quiet, Is.Empty);
        Assert.That(error.ToString(), Is.EqualTo("\r" + "replaying events 50/100 [##########..........] 1 s".PadRight(RunProgress.Width)));
    }

    [Test]
    public void Tick_WithoutAReport_Should_RedrawTheStepWithTheTimeElapsed()
    {
        // Arrange
        var time = new SteppedTime();
        var error = new StringWriter();
        using var progress = new RunProgress(error, time);
        progress.Step("setting up the embedded org");

        // Act: a long step that reports nothing still moves on screen.
        time.Seconds = 75;
        progress.Tick();

        // Assert
        Assert.That(error.ToString(), Is.EqualTo("\r" + "setting up the embedded org 75 s".PadRight(RunProgress.Width)));
    }

    [Test]
    public void Clear_Should_BlankTheLineAndStopTheTickerDrawing()
    {
        // Arrange
        var time = new SteppedTime();
        var error = new StringWriter();
        using var progress = new RunProgress(error, time);
        time.Seconds = 2;
        progress.Report("reading rows", 1_200, 0);

        // Act: the results are printed after Clear; a tick then must not draw over them.
        progress.Clear();
        var cleared = error.ToString();
        progress.Tick();

        // Assert
        Assert.That(cleared, Is.EqualTo("\r" + "reading rows 1,200 2 s".PadRight(RunProgress.Width) + "\r" + new string(' ', RunProgress.Width) + "\r"));
        Assert.That(error.ToString(), Is.EqualTo(cleared));
    }

    [Test]
    public void Report_Redirected_Should_WriteNothing()
    {
        // Arrange: no writer is what ForConsole passes when stderr is redirected.
        var time = new SteppedTime { Seconds = 30 };
        using var progress = new RunProgress(null, time);

        // Act and Assert: nothing to write to, nothing thrown.
        Assert.DoesNotThrow(() =>
        {
            progress.Report("replaying events", 5, 10);
            progress.Tick();
            progress.Clear();
        });
    }

    [TestCase("replaying events", 12_000, 12_000, 3, "replaying events 12,000/12,000 [####################] 3 s")]
    [TestCase("reading rows", 0, 0, 4, "reading rows 4 s")]
    public void Line_Should_ShowCountTotalBarAndSeconds(string step, int count, int of, long seconds, string expected)
    {
        Assert.That(RunProgress.Line(step, count, of, seconds), Is.EqualTo(expected));
    }

    [Test]
    public void Line_LongStep_Should_EndWithAnEllipsisWithin79Characters()
    {
        // Act
        var line = RunProgress.Line(new string('x', 100), 1, 2, 9);

        // Assert
        Assert.That(line.Length, Is.EqualTo(RunProgress.Width));
        Assert.That(line, Does.EndWith("x…"));
    }

    /// <summary>A clock whose timestamp is set by hand, in seconds.</summary>
    internal sealed class SteppedTime : TimeProvider
    {
        public double Seconds { get; set; }

        public override long TimestampFrequency => 1_000;

        public override long GetTimestamp() => (long)(Seconds * 1_000);
    }
}
