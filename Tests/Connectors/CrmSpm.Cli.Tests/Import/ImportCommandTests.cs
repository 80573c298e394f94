using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Tests.Import;

public class ImportCommandTests : ImportTestBase
{
    [Test]
    public void Import_WellFormedExport_Should_LoadEveryRowReplayItThroughThePluginsAndWriteTheResults()
    {
        // Arrange: 4 reps × 15 deals from the simulator, written as CSV files with the built-in column names.
        var org = Generated(seed: 7, reps: 4, dealsPerRep: 15);
        var files = WriteCsv(org, ImportMapping.Generic(), "invariant");
        var outDir = Path.Combine(Directory, "out");

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--users", files.Users, "--activities", files.Activities, "--now", "2026-11-15", "--tips", "3", "--out", outDir);

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        Assert.That(output, Does.Contain("opportunities.csv: 60 rows, 60 loaded, 0 skipped"));
        Assert.That(output, Does.Contain("users.csv: 4 rows, 4 loaded, 0 skipped"));
        Assert.That(output, Does.Contain("CrmSpm on your data in an embedded Dataverse org: 4 reps, 60 opportunities"));
        Assert.That(output, Does.Match(@"Team scorecard 2026-11, .+ \(crmspm_scorecard rows\)"));
        Assert.That(output, Does.Contain("Platform (embedded Dataverse org)"));
        Assert.That(output, Does.Match(@"Async job failures\s+│\s+0 "));
        foreach (var name in new[] { "scorecards", "tips", "deal-scores", "data-issues" })
        {
            Assert.That(File.Exists(Path.Combine(outDir, name + ".json")) && File.Exists(Path.Combine(outDir, name + ".csv")), name);
        }

        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "scorecards.csv")).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a byte order mark, so Excel reads UTF-8");
        Assert.That(File.ReadAllLines(Path.Combine(outDir, "scorecards.csv"))[0], Is.EqualTo("repId,repName,teamId,period,tier,adoption,behaviour,winRatePercent,quotaAttainmentPercent,won,lost"));
        Assert.That(File.ReadAllLines(Path.Combine(outDir, "scorecards.csv")), Has.Length.EqualTo(5), "a header and one row per rep");
    }

    [Test]
    public void Import_CoreOnly_Should_ScoreWithCoreAloneAndPrintTheDemoTables()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 3, reps: 5, dealsPerRep: 20), ImportMapping.Generic(), "invariant");

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--users", files.Users, "--activities", files.Activities, "--core-only", "--now", "2026-11-15");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("CrmSpm on your data (Core alone): 5 reps, 100 opportunities"));
        Assert.That(output, Does.Contain("Team scorecard 2026-11"));
        Assert.That(output, Does.Contain("Deal scores"));
        Assert.That(output, Does.Not.Contain("Platform"));
    }

    [TestCase("fr-FR", new[] { "--core-only" }, "EUR")]
    [TestCase("en-GB", new[] { "--core-only" }, "GBP")]
    [TestCase("fr-FR", new[] { "--core-only", "--currency", "chf" }, "CHF")]
    [TestCase("fr-FR", new string[0], "EUR")]
    public void Import_Should_NameTheAmountsCurrencyInTheQueuesExpectedGain(string culture, string[] extra, string currency)
    {
        // Arrange: amounts written in the culture without a currency sign, so the culture's region (or --currency) names
        // it; without --core-only the plugins read it from the org's active profile.
        var files = WriteCsv(Generated(seed: 3, reps: 5, dealsPerRep: 20), ImportMapping.Generic(), culture);

        // Act
        var (exitCode, output, error) = RunCli(new[] { "import", files.Opportunities, "--users", files.Users, "--activities", files.Activities,
            "--culture", culture, "--now", "2026-11-15" }.Concat(extra).ToArray());

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("≈ " + currency + " "), "the coaching queue's expected gain");
        Assert.That(output, Does.Not.Contain("USD"));
    }

    [TestCase("salesforce-report.json", "en-US")]
    [TestCase("dynamics-export.json", "en-US")]
    [TestCase("salesforce-report.json", "fr-FR")]
    public void Import_ShippedMapping_Should_ReadAnExportWithItsHeadersInTheCulture(string mapping, string culture)
    {
        // Arrange: the export written with the mapping's own column headers, dates and amounts in the culture.
        var path = RepositoryFile(Path.Combine("docs", "mappings", mapping));
        var files = WriteCsv(Generated(seed: 5, reps: 3, dealsPerRep: 12), MappingFile.Load(path), culture);

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--users", files.Users, "--activities", files.Activities,
            "--mapping", path, "--culture", culture, "--core-only", "--now", "2026-11-15");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("opportunities.csv: 36 rows, 36 loaded, 0 skipped"));
        Assert.That(output, Does.Contain("users.csv: 3 rows, 3 loaded, 0 skipped"));
        Assert.That(output, Does.Match(@"activities\.csv: (\d+) rows, \1 loaded, 0 skipped"));
    }

    [Test]
    public void Import_FrenchExportReadAsInvariant_Should_SkipEveryRowAndSayWhyWithExitCode2()
    {
        // Arrange: fr-FR writes "36 700,00" and "15/11/2026"; read without --culture no amount reads (and most dates neither).
        var files = WriteCsv(Generated(seed: 5, reps: 3, dealsPerRep: 12), ImportMapping.Generic(), "fr-FR");

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--core-only", "--now", "2026-11-15");

        // Assert: every row is accounted for, and the message points at the culture.
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(error, Does.Match(@"^No opportunity could be loaded from .*opportunities\.csv \(opportunities\.csv: 36 rows, 0 loaded, 36 skipped \((\d+ unparseable (amount|date)(, )?)+\)\)"));
        Assert.That(error, Does.Contain("Check the mapping built in (columns named after the fields) and the culture (the invariant culture)."));
    }

    [Test]
    public void Import_MissingColumn_Should_ExitWith2AndNameTheColumnAndTheMapping()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 5, reps: 2, dealsPerRep: 5), ImportMapping.Generic(), "invariant");
        var mapping = RepositoryFile(Path.Combine("docs", "mappings", "salesforce-report.json"));

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--mapping", mapping);

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("opportunities.csv has no column \"Opportunity ID\", which the mapping " + mapping + " names for opportunities.id."));
        Assert.That(error, Does.Not.Contain("Exception").And.Not.Contain("Usage"));
        Assert.That(output, Does.Not.Contain("Team scorecard"));
    }

    [Test]
    public void Import_BadMappingFile_Should_ExitWith2NamingTheLine()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 5, reps: 2, dealsPerRep: 5), ImportMapping.Generic(), "invariant");
        var mapping = Path.Combine(Directory, "bad.json");
        File.WriteAllText(mapping, "{\n  \"opportunities\": {\n    \"amont\": \"Amount\"\n  }\n}\n");

        // Act
        var (exitCode, _, error) = RunCli("import", files.Opportunities, "--mapping", mapping);

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("The mapping file " + mapping + ", line 3 (entry opportunities.amont): an unknown field name or a value of the wrong kind"));
    }

    [Test]
    public void Import_MoreIssuesThanAScreenful_Should_SayHowToSeeThemAndAllShouldPrintEveryOne()
    {
        // Arrange: 10 good rows, then the last one 25 more times (25 duplicates, 5 more than the 20 listed).
        var files = WriteCsv(Generated(seed: 5, reps: 2, dealsPerRep: 5), ImportMapping.Generic(), "invariant");
        File.AppendAllLines(files.Opportunities, Enumerable.Repeat(File.ReadAllLines(files.Opportunities)[^1], 25));

        // Act
        var shortened = RunCli("import", files.Opportunities, "--core-only", "--now", "2026-11-15");
        var all = RunCli("import", files.Opportunities, "--core-only", "--now", "2026-11-15", "--all");

        // Assert
        Assert.That(shortened.ExitCode, Is.EqualTo(0), shortened.Error);
        Assert.That(IssueLines(shortened.Output), Is.EqualTo(20));
        Assert.That(System.Text.RegularExpressions.Regex.Replace(shortened.Output, @"\s+", " "), Does.Contain(" … and 5 more: --all prints them, --out DIR writes every one to data-issues.csv."));
        Assert.That(IssueLines(all.Output), Is.EqualTo(25));
        Assert.That(all.Output, Does.Not.Contain("more: --all prints them"));
    }

    private static int IssueLines(string output) =>
        output.Split('\n').Count(l => l.StartsWith("  opportunities.csv line ", StringComparison.Ordinal));

    [Test]
    public void Import_MapOption_Should_OverrideOneColumn()
    {
        // Arrange: the amount column renamed in the file, then mapped back with --map.
        var files = WriteCsv(Generated(seed: 5, reps: 2, dealsPerRep: 5), ImportMapping.Generic(), "invariant");
        File.WriteAllText(files.Opportunities, File.ReadAllText(files.Opportunities).Replace(",amount,", ",Deal Size,", StringComparison.Ordinal));

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--map", "opportunities.pipelineAmount=Deal Size", "--core-only");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("opportunities.csv: 10 rows, 10 loaded, 0 skipped"));
    }

    [TestCase("--culture", "xx-NOPE", "--culture xx-NOPE is not a culture name")]
    [TestCase("--now", "15/11/2026", "--now must be 'today' or a date like 2026-11-15.")]
    [TestCase("--now", "0001-01-01", "--now must be 'today' or a date like 2026-11-15. Years 1900 to 2999 are accepted.")]
    [TestCase("--now", "3000-01-01", "Years 1900 to 2999 are accepted.")]
    [TestCase("--tips", "-1", "--tips must be between 0 and 1000.")]
    [TestCase("--currency", "euro", "--currency euro is not a currency code; use three letters, e.g. EUR (ISO 4217).")]
    public void Import_BadOption_Should_ExitWith2InPlainWords(string option, string value, string message)
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 5, reps: 2, dealsPerRep: 5), ImportMapping.Generic(), "invariant");

        // Act
        var (exitCode, _, error) = RunCli("import", files.Opportunities, option, value, "--core-only");

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void Import_MissingFileOrUnknownOption_Should_ExitWith2()
    {
        // Act
        var missing = RunCli("import", Path.Combine(Directory, "nope.csv"));
        var unknown = RunCli("import", "x.csv", "--colour");

        // Assert
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Error, Does.StartWith("The file " + Path.Combine(Directory, "nope.csv") + " cannot be read"));
        Assert.That(unknown.ExitCode, Is.EqualTo(2));
        Assert.That(unknown.Error, Does.Contain("Run 'crmspm import --help' to see the options."));
    }
}
