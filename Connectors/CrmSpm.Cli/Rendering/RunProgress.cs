using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// What a long run is doing, on stderr when stderr is a terminal: once the run has taken over a second, one line
/// redrawn in place ("replaying events 5,000/12,000 [#####...............] 12 s"), redrawn every second even when a
/// step reports nothing, so no run sits silent; cleared before the results are printed. Redirected, it writes nothing:
/// a log or a file gets the results only.
/// </summary>
public sealed class RunProgress : IDisposable
{
    /// <summary>A run shorter than this shows no progress.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    /// <summary>The line's width: fits an 80-column terminal without wrapping.</summary>
    public const int Width = 79;

    private const int BarWidth = 20;
    private readonly object gate = new();
    private readonly TextWriter? error;
    private readonly TimeProvider time;
    private readonly long started;
    private readonly ITimer? ticker;
    private string what = "";
    private int done;
    private int total;
    private bool drawn;

    /// <param name="error">Where the line goes; null (a redirected stderr) writes nothing.</param>
    /// <param name="time">The clock the quiet second and the elapsed time are read from.</param>
    /// <param name="tick">How often the line is redrawn without a report; null: only on reports and <see cref="Tick"/>.</param>
    public RunProgress(TextWriter? error, TimeProvider time, TimeSpan? tick = null)
    {
        this.error = error;
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        started = time.GetTimestamp();
        if (error != null && tick.HasValue)
        {
            ticker = time.CreateTimer(_ => Tick(), null, tick.Value, tick.Value);
        }
    }

    /// <summary>For the process: stderr when it is a terminal, redrawn every second; nothing when it is redirected.</summary>
    public static RunProgress ForConsole() => new(Console.IsErrorRedirected ? null : Console.Error, TimeProvider.System, TimeSpan.FromSeconds(1));

    /// <summary>A step with no count yet ("setting up the embedded org").</summary>
    public void Step(string step) => Report(step, 0, 0);

    /// <summary>Reports <paramref name="count"/> of <paramref name="of"/> (0 or less: no total) for <paramref name="step"/>.</summary>
    public void Report(string step, int count, int of)
    {
        lock (gate)
        {
            what = step ?? "";
            done = count;
            total = of;
            Draw();
        }
    }

    /// <summary>Redraws the current step with the time elapsed (the timer calls it every second).</summary>
    public void Tick()
    {
        lock (gate)
        {
            Draw();
        }
    }

    /// <summary>Clears the line so the results start on a clean one; later reports draw again.</summary>
    public void Clear()
    {
        lock (gate)
        {
            what = ""; // the timer draws nothing more until the next report
            if (drawn)
            {
                error!.Write("\r" + new string(' ', Width) + "\r");
                error.Flush();
                drawn = false;
            }
        }
    }

    public void Dispose()
    {
        ticker?.Dispose();
        Clear();
    }

    /// <summary>The line for a step, count, total and elapsed whole seconds, at most <see cref="Width"/> characters.</summary>
    public static string Line(string step, int count, int of, long seconds)
    {
        var text = step;
        if (count > 0 || of > 0)
        {
            text += " " + count.ToString("N0", CultureInfo.InvariantCulture) + (of > 0 ? "/" + of.ToString("N0", CultureInfo.InvariantCulture) : "");
        }

        if (of > 0)
        {
            text += " [" + new string('#', (int)Math.Min(BarWidth, (long)Math.Max(0, count) * BarWidth / of)).PadRight(BarWidth, '.') + "]";
        }

        text += " " + seconds.ToString(CultureInfo.InvariantCulture) + " s";
        return text.Length > Width ? text.Substring(0, Width - 1) + "…" : text;
    }

    private void Draw()
    {
        var elapsed = time.GetElapsedTime(started);
        if (error == null || what.Length == 0 || elapsed < Quiet)
        {
            return;
        }

        error.Write("\r" + Line(what, done, total, (long)elapsed.TotalSeconds).PadRight(Width));
        error.Flush();
        drawn = true;
    }
}
