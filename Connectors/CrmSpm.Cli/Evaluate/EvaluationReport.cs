using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmSpm.Cli.Evaluate;

/// <summary>The evaluation in plain words, at most 80 characters a line, the same on a terminal and in a file.</summary>
public static class EvaluationReport
{
    public const int Width = 80;

    /// <summary>Calibration bins: tenths of probability.</summary>
    public const int Bins = 10;

    /// <summary>
    /// The report on <paramref name="source"/> (a file name), ending with how to reproduce it: <paramref name="command"/>,
    /// the words of the command line that ran it, with the cutoff used.
    /// </summary>
    public static IReadOnlyList<string> Lines(EvaluationOutcome outcome, string source, IReadOnlyList<string> command)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(command);
        var tested = outcome.Outcomes.Count;
        var lines = new List<string>(Wrap("Would scoring work on this data? A time-ordered test of the deal score on " + Rendering.Printable.Of(source) + "."));
        lines.AddRange(Wrap(string.Format(CultureInfo.InvariantCulture,
            "Cutoff {0:yyyy-MM-dd}: the models learned from the {1} closed by then ({2}); then {3} closed later ({4}) was scored as it stood halfway through its life, with no outcome, close date or close value known, and compared with how it ended.",
            outcome.CutOff, Rendering.Format.Count(outcome.TrainingDeals, "deal"), Percent(outcome.TrainingWon, outcome.TrainingDeals),
            tested == 1 ? "the 1 deal" : "each of the " + Rendering.Format.Count(tested, "deal"), Percent(outcome.TestWon, tested))));
        lines.Add("");
        lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-30} {1,8} {2,8}", "Model", "ROC AUC", "Brier"));
        foreach (var model in outcome.Models)
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-30} {1,8:0.000} {2,8:0.0000}", model.Model, model.Auc, model.Brier));
        }

        lines.Add("");
        lines.AddRange(Wrap("ROC AUC is the chance that a won deal scores above a lost one: 0.5 is a coin toss, 1 is perfect. Brier is the mean squared error of the probability: lower is better, and below the base rate's means the score knows more than the win rate alone."));
        lines.Add("");
        lines.AddRange(Wrap(Verdict(outcome)));
        lines.Add("");
        lines.Add("Calibration of the " + CutOffEvaluation.Ours + " on the test deals:");
        lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-12} {1,6} {2,12} {3,10}", "Predicted", "Deals", "Mean score", "Won"));
        foreach (var bin in Calibration(outcome.Models[0].Forecasts, outcome.Outcomes).Where(b => b.Deals > 0))
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-12} {1,6} {2,10:0} % {3,8:0} %",
                Band(bin.From), bin.Deals, bin.MeanForecast * 100, bin.WonShare * 100));
        }

        lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-12} {1,6} {2,12} {3,8:0} %", "base rate", outcome.Outcomes.Count, "", outcome.TestWon * 100.0 / outcome.Outcomes.Count));
        lines.Add("");
        lines.Add("The same test with fewer training deals (the most recent before the cutoff):");
        lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,8}  {1,-15}  {2,-15}  {3,-15}  {4}", "Training", "CrmSpm AUC/Bri.", "NB AUC/Brier", "L2 AUC/Brier", "Base Bri."));
        foreach (var point in outcome.Curve)
        {
            var m = point.Models;
            lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,8}  {1,-15}  {2,-15}  {3,-15}  {4:0.0000}",
                point.TrainingSize, Pair(m[0]), Pair(m[1]), Pair(m[2]), m[3].Brier));
        }

        if (outcome.Curve.Count == 0)
        {
            lines.Add("  (fewer than " + CutOffEvaluation.TrainingSizes[0] + " training deals)");
        }

        lines.Add("");
        lines.Add(string.Format(CultureInfo.InvariantCulture, "To reproduce this report (cutoff {0:yyyy-MM-dd}):", outcome.CutOff));
        lines.AddRange(Rendering.ShellCommand.Lines(command, Width));
        return lines;
    }

    /// <summary>
    /// What an admin wants to know, in a sentence or two: the score works (it beats the team's win rate on both ROC AUC
    /// and Brier, the AUC by more than chance could explain: <see cref="AucMargin"/>); or it looks better but the test
    /// is too small to tell; or there is not enough signal yet (it does not beat the win rate, or only by what chance
    /// explains on a test large enough to see a useful score), saying too when the test is too small to tell.
    /// </summary>
    public static string Verdict(EvaluationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var ours = outcome.Models[0];
        var baseRate = outcome.Models[^1];
        var won = outcome.TestWon;
        var lost = outcome.Outcomes.Count - won;
        var margin = AucMargin.Of(ours.Auc, won, lost);
        var teamRate = "the team's win rate (" + Percent(outcome.TrainingWon, outcome.TrainingDeals) + " before the cutoff)";
        var figures = string.Format(CultureInfo.InvariantCulture, "(AUC {0:0.00}; Brier {1:0.000} against the win rate's {2:0.000})", ours.Auc, ours.Brier, baseRate.Brier);
        var sample = Rendering.Format.Count(won, "won deal") + " and " + Rendering.Format.Count(lost, "lost deal") + " after the cutoff";
        var beats = ours.Auc > 0.5 && ours.Brier < baseRate.Brier;
        var tooSmall = margin > AucMargin.TooSmall;
        if (beats && ours.Auc - margin > 0.5)
        {
            return "In short: the deal score works on this data: it ranks won deals above lost ones better than chance, and its probabilities are closer to the outcomes than " +
                teamRate + " " + figures + ".";
        }

        if (beats && tooSmall)
        {
            return "In short: too small to tell: the deal score looks better than " + teamRate + " " + figures + ", but " + sample +
                " cannot tell it from chance. Import more history or choose an earlier --cutoff.";
        }

        return "In short: not enough signal yet: on this data the deal score does no better than " + teamRate + " " + figures + "." +
            (tooSmall ? " With " + sample + ", the test is also too small to tell." : "");
    }

    /// <summary>The test deals in tenths of predicted probability: how many, their mean forecast and the share won.</summary>
    public static IReadOnlyList<CalibrationBin> Calibration(IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(outcomes);
        var bins = new List<CalibrationBin>();
        for (var b = 0; b < Bins; b++)
        {
            var members = Enumerable.Range(0, forecasts.Count).Where(i => Math.Min(Bins - 1, (int)(forecasts[i] * Bins)) == b).ToList();
            bins.Add(new CalibrationBin(b / (double)Bins, members.Count,
                members.Count == 0 ? 0 : members.Average(i => forecasts[i]),
                members.Count == 0 ? 0 : members.Count(i => outcomes[i]) / (double)members.Count));
        }

        return bins;
    }

    /// <summary>Words wrapped at <see cref="Width"/> columns, never inside a word.</summary>
    public static IEnumerable<string> Wrap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Band(double from)
    {
        var start = (int)Math.Round(from * 100);
        return string.Format(CultureInfo.InvariantCulture, "{0}–{1} %", start, start + 100 / Bins);
    }

    private static string Pair(ModelForecasts model) => string.Format(CultureInfo.InvariantCulture, "{0:0.000} / {1:0.000}", model.Auc, model.Brier);

    private static string Percent(int part, int whole) =>
        (whole == 0 ? 0 : Math.Round(part * 100.0 / whole)).ToString(CultureInfo.InvariantCulture) + " % won";
}

/// <summary>One tenth of predicted probability starting at <paramref name="From"/>: deals in it, their mean forecast and the share that was won.</summary>
public sealed record CalibrationBin(double From, int Deals, double MeanForecast, double WonShare);
