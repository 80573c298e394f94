using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmSpm.Cli.Evaluate;

/// <summary>
/// The calibration curve and the ROC curve as small hand-written SVG files (https://www.w3.org/TR/SVG2/): a square
/// plot of 0–1 on both axes. Every text is XML-escaped, so a hostile model or file name cannot inject markup.
/// </summary>
public static class SvgCharts
{
    private const int Size = 360;
    private const int Margin = 50;
    private static readonly string[] Colours = { "#1f6feb", "#d97706", "#059669", "#6b7280" };

    /// <summary>Mean score against share won per tenth of probability (dot area ∝ deals), with the diagonal of perfect calibration.</summary>
    public static string Calibration(IReadOnlyList<CalibrationBin> bins, string title)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var svg = Start(title, "mean predicted probability", "share of deals won");
        svg.Append(Line(0, 0, 1, 1, "#9ca3af", dashed: true));
        var most = Math.Max(1, bins.Max(b => b.Deals));
        var points = bins.Where(b => b.Deals > 0).ToList();
        svg.Append(Polyline(points.Select(b => (b.MeanForecast, b.WonShare)), Colours[0]));
        foreach (var bin in points)
        {
            svg.AppendFormat(CultureInfo.InvariantCulture, "<circle cx=\"{0:0.#}\" cy=\"{1:0.#}\" r=\"{2:0.#}\" fill=\"{3}\" fill-opacity=\"0.6\"><title>{4}</title></circle>\n",
                X(bin.MeanForecast), Y(bin.WonShare), 3 + 9 * Math.Sqrt(bin.Deals / (double)most), Colours[0],
                Escape(string.Format(CultureInfo.InvariantCulture, "{0} deals, mean score {1:0} %, won {2:0} %", bin.Deals, bin.MeanForecast * 100, bin.WonShare * 100)));
        }

        return End(svg);
    }

    /// <summary>True-positive rate against false-positive rate for each model, with the diagonal of a coin toss.</summary>
    public static string Roc(IReadOnlyList<ModelForecasts> models, IReadOnlyList<bool> outcomes, string title)
    {
        ArgumentNullException.ThrowIfNull(models);
        var svg = Start(title, "false positive rate (lost deals scored above the threshold)", "true positive rate (won deals)");
        svg.Append(Line(0, 0, 1, 1, "#9ca3af", dashed: true));
        for (var m = 0; m < models.Count; m++)
        {
            var colour = Colours[m % Colours.Length];
            svg.Append(Polyline(RocPoints(models[m].Forecasts, outcomes), colour));
            svg.AppendFormat(CultureInfo.InvariantCulture, "<text x=\"{0}\" y=\"{1}\" font-size=\"11\" fill=\"{2}\">{3}</text>\n",
                X(0.45), Y(0.3 - 0.07 * m), colour, Escape(string.Format(CultureInfo.InvariantCulture, "{0}: AUC {1:0.000}", models[m].Model, models[m].Auc)));
        }

        return End(svg);
    }

    /// <summary>The ROC curve's corners: thresholds from the highest score down, tied scores taken together.</summary>
    public static IReadOnlyList<(double X, double Y)> RocPoints(IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(outcomes);
        var won = Math.Max(1, outcomes.Count(o => o));
        var lost = Math.Max(1, outcomes.Count(o => !o));
        var points = new List<(double, double)> { (0, 0) };
        int tp = 0, fp = 0;
        foreach (var group in Enumerable.Range(0, forecasts.Count).GroupBy(i => forecasts[i]).OrderByDescending(g => g.Key))
        {
            tp += group.Count(i => outcomes[i]);
            fp += group.Count(i => !outcomes[i]);
            points.Add((fp / (double)lost, tp / (double)won));
        }

        return points;
    }

    /// <summary>XML text: &amp;, &lt;, &gt; and quotes escaped; control characters dropped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static StringBuilder Start(string title, string xLabel, string yLabel)
    {
        var svg = new StringBuilder();
        var full = Size + 2 * Margin;
        svg.AppendFormat(CultureInfo.InvariantCulture, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{0}\" viewBox=\"0 0 {0} {0}\" font-family=\"sans-serif\">\n", full);
        svg.AppendFormat(CultureInfo.InvariantCulture, "<title>{0}</title>\n<rect width=\"{1}\" height=\"{1}\" fill=\"white\"/>\n", Escape(title), full);
        svg.AppendFormat(CultureInfo.InvariantCulture, "<text x=\"{0}\" y=\"24\" font-size=\"14\" text-anchor=\"middle\">{1}</text>\n", full / 2, Escape(title));
        svg.AppendFormat(CultureInfo.InvariantCulture, "<rect x=\"{0}\" y=\"{0}\" width=\"{1}\" height=\"{1}\" fill=\"none\" stroke=\"#111827\"/>\n", Margin, Size);
        for (var tick = 0; tick <= 10; tick += 2)
        {
            var v = tick / 10.0;
            svg.AppendFormat(CultureInfo.InvariantCulture, "<text x=\"{0:0.#}\" y=\"{1}\" font-size=\"10\" text-anchor=\"middle\">{2:0.0}</text>\n", X(v), Margin + Size + 14, v);
            svg.AppendFormat(CultureInfo.InvariantCulture, "<text x=\"{0}\" y=\"{1:0.#}\" font-size=\"10\" text-anchor=\"end\">{2:0.0}</text>\n", Margin - 6, Y(v) + 3, v);
        }

        svg.AppendFormat(CultureInfo.InvariantCulture, "<text x=\"{0}\" y=\"{1}\" font-size=\"11\" text-anchor=\"middle\">{2}</text>\n", full / 2, Margin + Size + 32, Escape(xLabel));
        svg.AppendFormat(CultureInfo.InvariantCulture, "<text x=\"14\" y=\"{0}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 14 {0})\">{1}</text>\n", full / 2, Escape(yLabel));
        return svg;
    }

    private static string End(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    private static string Line(double x1, double y1, double x2, double y2, string colour, bool dashed) =>
        string.Format(CultureInfo.InvariantCulture, "<line x1=\"{0:0.#}\" y1=\"{1:0.#}\" x2=\"{2:0.#}\" y2=\"{3:0.#}\" stroke=\"{4}\"{5}/>\n",
            X(x1), Y(y1), X(x2), Y(y2), colour, dashed ? " stroke-dasharray=\"4 4\"" : "");

    private static string Polyline(IEnumerable<(double X, double Y)> points, string colour) =>
        "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" +
        string.Join(" ", points.Select(p => string.Format(CultureInfo.InvariantCulture, "{0:0.#},{1:0.#}", X(p.X), Y(p.Y)))) + "\"/>\n";

    private static double X(double v) => Margin + v * Size;

    private static double Y(double v) => Margin + (1 - v) * Size;
}
