using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmSpm.Cli.Evaluate;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Tests.Import;

public class EvaluateCommandTests : ImportTestBase
{
    [Test]
    public void Evaluate_OrgWithSignal_Should_RankWonDealsAboveLostOnes()
    {
        // Arrange: the simulator's outcomes depend on touches, contacts, stage and slippage.
        var files = WriteCsv(Generated(seed: 11, reps: 20, dealsPerRep: 40), ImportMapping.Generic(), "invariant");

        // Act
        var (exitCode, output, error) = RunCli("evaluate", files.Opportunities, "--users", files.Users, "--activities", files.Activities, "--now", "2026-11-15");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(Auc(output, CutOffEvaluation.Ours), Is.GreaterThan(0.6), output);
        Assert.That(Auc(output, CutOffEvaluation.NaiveBayes), Is.GreaterThan(0.6), output);
        Assert.That(Regex.Replace(output, @"\s+", " "), Does.Contain("the deal score works on this data: it ranks won deals above lost ones better than chance"));
        Assert.That(output.Split('\n').Max(l => l.TrimEnd('\r').Length), Is.LessThanOrEqualTo(80), "readable at 80 columns");
        Assert.That(output, Does.Match(@"\n\s+10  0\.\d{3} / 0\.\d{3}"), "the learning curve starts at 10 training deals");
        Assert.That(output, Does.Match(@"\n\s+200  0\.\d{3} / 0\.\d{3}"));
    }

    [Test]
    public void Evaluate_OrgWithoutSignal_Should_ScoreLikeACoinTossAndNoBetterThanTheBaseRate()
    {
        // Arrange: the same kind of org with won/lost shuffled among its closed deals (seeded): same features, no link.
        var org = Generated(seed: 11, reps: 20, dealsPerRep: 40);
        var closed = org.Opportunities.Where(o => !o.IsOpen).ToList();
        var outcomes = closed.Select(o => o.Status).ToList();
        var random = new Random(5);
        for (var i = outcomes.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (outcomes[i], outcomes[j]) = (outcomes[j], outcomes[i]);
        }

        for (var i = 0; i < closed.Count; i++)
        {
            closed[i].Status = outcomes[i];
        }

        var files = WriteCsv(org, ImportMapping.Generic(), "invariant");

        // Act
        var (exitCode, output, error) = RunCli("evaluate", files.Opportunities, "--activities", files.Activities);

        // Assert: AUC near 0.5 and Brier within a hair of the base rate's (a few hundred test deals: ±0.1 of noise).
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(Auc(output, CutOffEvaluation.Ours), Is.EqualTo(0.5).Within(0.1), output);
        var baseRate = Regex.Match(output, @"base rate \(\d+ % won\)\s+0\.500\s+(0\.\d{4})");
        Assert.That(baseRate.Success, output);
        Assert.That(Brier(output, CutOffEvaluation.Ours), Is.LessThan(double.Parse(baseRate.Groups[1].Value, CultureInfo.InvariantCulture) + 0.01), output);
        Assert.That(Regex.Replace(output, @"\s+", " "), Does.Contain("In short: not enough signal yet: on this data the deal score does no better than the team's win rate ("), "an honest verdict");
    }

    [Test]
    public void Evaluate_Cutoff_Should_SplitWhereAsked()
    {
        // Arrange
        var org = Generated(seed: 4, reps: 10, dealsPerRep: 30);
        var files = WriteCsv(org, ImportMapping.Generic(), "invariant");
        // The export keeps dates only: a deal closed during 1 July reads as closed at its midnight, by the cutoff.
        var expectedTraining = org.Opportunities.Count(o => !o.IsOpen && o.ActualCloseDate!.Value.Date <= new DateTime(2026, 7, 1));

        // Act
        var (exitCode, output, error) = RunCli("evaluate", files.Opportunities, "--activities", files.Activities, "--cutoff", "2026-07-01");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Cutoff 2026-07-01: the models learned from the " + expectedTraining + " deals closed by then"));
    }

    [Test]
    public void Evaluate_Out_Should_WriteWellFormedSvgCharts()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 4, reps: 10, dealsPerRep: 30), ImportMapping.Generic(), "invariant");
        var outDir = Path.Combine(Directory, "charts");

        // Act
        var (exitCode, _, error) = RunCli("evaluate", files.Opportunities, "--activities", files.Activities, "--out", outDir);

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        var roc = XDocument.Parse(File.ReadAllText(Path.Combine(outDir, "roc.svg")));
        var calibration = XDocument.Parse(File.ReadAllText(Path.Combine(outDir, "calibration.svg")));
        Assert.That(roc.Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(roc.Descendants().Count(e => e.Name.LocalName == "polyline"), Is.EqualTo(4), "one curve per model and the base rate");
        Assert.That(calibration.Descendants().Count(e => e.Name.LocalName == "circle"), Is.GreaterThan(0));
    }

    [Test]
    public void Evaluate_TooFewClosedDeals_Should_ExitWith1AndSayWhatIsMissing()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 4, reps: 1, dealsPerRep: 12), ImportMapping.Generic(), "invariant");

        // Act
        var (exitCode, _, error) = RunCli("evaluate", files.Opportunities);

        // Assert
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.StartWith("Not enough closed deals on each side of the cutoff"));
        Assert.That(error, Does.Contain("at least 10 each are needed"));
    }

    [TestCase("--cutoff", "30/06/2026", "--cutoff must be a date like 2026-06-30.")]
    [TestCase("--now", "2026/11/15", "--now must be 'today' or a date like 2026-11-15.")]
    public void Evaluate_BadOption_Should_ExitWith2(string option, string value, string message)
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 4, reps: 2, dealsPerRep: 10), ImportMapping.Generic(), "invariant");

        // Act
        var (exitCode, _, error) = RunCli("evaluate", files.Opportunities, option, value);

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void SvgCharts_HostileText_Should_BeEscaped()
    {
        // Act
        var svg = SvgCharts.Roc(new[] { ModelForecasts.Of("<script>alert('x')</script> & co", new[] { 0.9, 0.1 }, new[] { true, false }) }, new[] { true, false }, "a \"title\"");

        // Assert
        Assert.That(svg, Does.Not.Contain("<script>"));
        Assert.That(svg, Does.Contain("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; co: AUC 1.000"));
        Assert.That(() => XDocument.Parse(svg), Throws.Nothing);
    }

    [Test]
    public void Calibration_HandWorkedForecasts_Should_BinByTenths()
    {
        // Arrange: 0.05 and 0.15 lost; 0.12 won; 0.95 and 1.0 won (1.0 falls in the last tenth).
        var forecasts = new[] { 0.05, 0.15, 0.12, 0.95, 1.0 };
        var outcomes = new[] { false, false, true, true, true };

        // Act
        var bins = EvaluationReport.Calibration(forecasts, outcomes);

        // Assert
        Assert.That(bins[0], Is.EqualTo(new CalibrationBin(0, 1, 0.05, 0)));
        Assert.That(bins[1].Deals, Is.EqualTo(2));
        Assert.That(bins[1].MeanForecast, Is.EqualTo(0.135).Within(1e-12));
        Assert.That(bins[1].WonShare, Is.EqualTo(0.5));
        Assert.That(bins[9], Is.EqualTo(new CalibrationBin(0.9, 2, 0.975, 1)));
    }

    private static double Auc(string output, string model) => Column(output, model, 1);

    private static double Brier(string output, string model) => Column(output, model, 2);

    private static double Column(string output, string model, int group)
    {
        var match = Regex.Match(output, Regex.Escape(model) + @"\s+(\d\.\d{3})\s+(\d\.\d{4})");
        Assert.That(match.Success, output);
        return double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    }
}
