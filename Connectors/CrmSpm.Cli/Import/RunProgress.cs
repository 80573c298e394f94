using System;
using System.Globalization;
using System.IO;

namespace CrmSpm.Cli.Import;

/// <summary>
/// Progress on stderr once a run has taken over a second: on a terminal one line redrawn in place ("replaying events
/// 5,000/12,000 [#####.....]"); redirected, a plain line per step and per tenth of the way, so a log shows it moving.
/// </summary>
public sealed class RunProgress : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private const int BarWidth = 20;
    private readonly TextWriter error;
    private readonly bool terminal;
    private readonly TimeProvider time;
    private readonly long started;
    private string step = "";
    private int lastTenth = -1;
    private bool drawn;

    public RunProgress(TextWriter error, bool terminal, TimeProvider time)
    {
        this.error = error ?? throw new ArgumentNullException(nameof(error));
        this.terminal = terminal;
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        started = time.GetTimestamp();
    }

    /// <summary>For the process: stderr, redrawn in place when stderr is a terminal.</summary>
    public static RunProgress ForConsole() => new(Console.Error, !Console.IsErrorRedirected, TimeProvider.System);

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> (0 or less: unknown) for <paramref name="what"/>.</summary>
    public void Report(string what, int done, int total)
    {
        if (time.GetElapsedTime(started) < Quiet)
        {
            return;
        }

        var tenth = total > 0 ? Math.Min(10, done * 10 / total) : -1;
        var text = what + " " + done.ToString("N0", CultureInfo.InvariantCulture) + (total > 0 ? "/" + total.ToString("N0", CultureInfo.InvariantCulture) : "");
        if (terminal)
        {
            var bar = total > 0 ? " [" + new string('#', done * BarWidth / total).PadRight(BarWidth, '.') + "]" : "";
            error.Write("\r" + (text + bar).PadRight(79).Substring(0, 79));
            drawn = true;
        }
        else if (what != step || tenth != lastTenth)
        {
            error.WriteLine(text);
        }

        step = what;
        lastTenth = tenth;
    }

    /// <summary>Ends the redrawn line so what follows starts on its own.</summary>
    public void Dispose()
    {
        if (drawn)
        {
            error.WriteLine();
            drawn = false;
        }
    }
}
