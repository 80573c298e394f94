using CrmSpm.Cli.Import;

namespace CrmSpm.Cli.Tests.Import;

public class RunProgressTests
{
    [Test]
    public void Report_Redirected_Should_StayQuietForASecondThenWriteALinePerTenth()
    {
        // Arrange
        var time = new SteppedTime();
        var error = new StringWriter();
        using var progress = new RunProgress(error, terminal: false, time);

        // Act: at 0.5 s nothing shows; from 1.5 s a line per step and per tenth of the way.
        time.Seconds = 0.5;
        progress.Report("events replayed", 10, 100);
        time.Seconds = 1.5;
        progress.Report("events replayed", 20, 100);
        progress.Report("events replayed", 25, 100);
        progress.Report("events replayed", 1_000, 1_000);

        // Assert
        Assert.That(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(new[] { "events replayed 20/100", "events replayed 1,000/1,000" }));
    }

    [Test]
    public void Report_OnATerminal_Should_RedrawOneLineAndEndIt()
    {
        // Arrange
        var time = new SteppedTime { Seconds = 2 };
        var error = new StringWriter();

        // Act
        using (var progress = new RunProgress(error, terminal: true, time))
        {
            time.Seconds = 4;
            progress.Report("events replayed", 5, 10);
        }

        // Assert: 79 characters after the carriage return, a half-filled bar of 20, then the line ended.
        var text = error.ToString();
        Assert.That(text, Does.StartWith("\revents replayed 5/10 [##########..........]"));
        Assert.That(text.TrimEnd().Length, Is.EqualTo("\revents replayed 5/10 [##########..........]".Length));
        Assert.That(text.Length, Is.EqualTo(1 + 79 + Environment.NewLine.Length));
    }

    /// <summary>A clock whose timestamp is set by hand, in seconds.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        public double Seconds { get; set; }

        public override long TimestampFrequency => 1_000;

        public override long GetTimestamp() => (long)(Seconds * 1_000);
    }
}
