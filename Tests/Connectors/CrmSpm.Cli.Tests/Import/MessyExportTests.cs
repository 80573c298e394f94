using System.Globalization;
using System.Text;
using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>
/// <c>crmspm import</c> on exports as people make them: impossible and outlier dates, Excel's Windows-1252 files,
/// duplicate rows, files concatenated with their headers, and a products file. Files are hand-written; every expected
/// line is worked out by hand in the test.
/// </summary>
public class MessyExportTests : ImportTestBase
{
    private const string DealHeader = "id,name,owner,stage,status,amount,createdOn,closeDate,actualCloseDate";

    [Test]
    public void Import_ImpossibleAndOutlierDates_Should_BeListedWithFileLineAndColumn()
    {
        // Arrange: en-GB dates (day first). The possible created dates, sorted: 1900-01-01, 2024-01-01, 2024-07-01,
        // 2025-01-01, 2025-07-01, 2026-01-01, 2026-03-01, 2026-06-01 (31/02 does not read, 0001 is impossible).
        // Quartiles by rank (n−1)/4 = 1 and 3(n−1)/4 = 5: 2024-01-01 and 2026-01-01, 731 days apart; three times
        // that is 2,193 days (more than five years), so the range is 2017-12-30 to 2032-01-03. A start date may come
        // 45 years earlier: from 1972-12-30.
        var opportunities = Write("opportunities.csv", DealHeader + "\n" +
            "o1,One,ann,Close,Won,1000,01/01/2024,01/03/2024,01/03/2024\n" +
            "o2,Two,bob,Develop,Lost,2000,01/07/2024,01/09/2024,01/09/2024\n" +
            "o3,Three,ann,Qualify,Open,3000,01/01/2025,01/06/2026,\n" +
            "o4,Four,bob,Propose,Open,4000,01/07/2025,01/12/2026,\n" +
            "o5,Impossible day,ann,Qualify,Open,500,31/02/2025,01/06/2026,\n" +
            "o6,Placeholder,ann,Qualify,Open,600,01/01/0001,01/06/2026,\n" +
            "o7,Ancient,bob,Qualify,Open,700,01/01/1900,01/06/2026,\n" +
            "o8,Someday,ann,Qualify,Open,800,01/01/2026,31/12/9999,\n" +
            "o9,Far future,bob,Close,Won,900,01/03/2026,01/04/2026,01/01/2199\n" +
            "o10,Backwards,ann,Close,Lost,1000,01/06/2026,01/05/2026,01/05/2026\n");
        var users = Write("users.csv", "id,name,startDate\nann,Ann,01/01/2015\nbob,Bob,01/01/1900\n");

        // Act
        var (exitCode, output, error) = RunCli("import", opportunities, "--users", users, "--culture", "en-GB", "--core-only", "--now", "2026-11-15");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        var summary = output.Substring(0, output.IndexOf('─', StringComparison.Ordinal)).Split('\n');
        Assert.That(summary.Max(l => l.TrimEnd('\r').Length), Is.LessThanOrEqualTo(80), "the summary, above the first heading rule, is wrapped at 80 columns, between words");
        Assert.That(Lines(output, "users.csv"), Is.EqualTo(new[]
        {
            "users.csv: 2 rows, 2 loaded, 0 skipped",
            "users.csv: 1 rows loaded with a note",
            "users.csv line 3, column 3 (startDate): the start date \"01/01/1900\" is far outside the export's dates (1972-12-30 to 2032-01-03); left blank.",
        }));
        Assert.That(Lines(output, "opportunities.csv"), Is.EqualTo(new[]
        {
            "opportunities.csv: 10 rows, 5 loaded, 5 skipped (2 outlier date, 1 closed before created, 1 impossible date, 1 unparseable date)",
            "opportunities.csv: 1 rows loaded with a note",
            "opportunities.csv: amounts name no currency: taken as GBP, en-GB's currency; --currency sets another",
            "opportunities.csv line 6, column 7 (createdOn): the created date \"31/02/2025\" is not a date in en-GB; row skipped.",
            "opportunities.csv line 7, column 7 (createdOn): the created date \"01/01/0001\" is not a real date of sales history (years 1900 to 2999 are; exports write 0001 or 9999 for no date); row skipped.",
            "opportunities.csv line 8, column 7 (createdOn): the created date \"01/01/1900\" is far outside the export's dates (2017-12-30 to 2032-01-03); row skipped.",
            "opportunities.csv line 9, column 8 (closeDate): the close date \"31/12/9999\" is not a real date of sales history (years 1900 to 2999 are; exports write 0001 or 9999 for no date); left blank.",
            "opportunities.csv line 10, column 9 (actualCloseDate): the actual close date \"01/01/2199\" is far outside the export's dates (2017-12-30 to 2032-01-03); row skipped.",
            "opportunities.csv line 11, column 9 (actualCloseDate): closed on 2026-05-01, before it was created on 2026-06-01; row skipped.",
        }));
        var org = Importer(CultureInfo.GetCultureInfo("en-GB")).Import(new ImportFiles(opportunities, users)).Snapshot;
        Assert.That(org.Opportunities.Select(o => o.Id), Is.EqualTo(new[] { "o1", "o2", "o3", "o4", "o8" }));
        Assert.That(org.Opportunities[^1].EstimatedCloseDate, Is.Null, "an open deal's impossible close date is left blank, the deal kept");
        Assert.That(org.Reps.Single(r => r.Id == "bob").StartDate, Is.EqualTo(new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc)), "an unknown start: the first deal's date");
    }

    [TestCase("windows-1252", true)]
    [TestCase("utf-8 with BOM", false)]
    [TestCase("utf-8", false)]
    public void Import_AccentedNamesInExcelsEncodings_Should_ReadTheNamesAsWritten(string encodingName, bool remarked)
    {
        // Arrange: what Excel on Western Windows saves as "CSV (Comma delimited)" is Windows-1252: é is the byte 0xE9,
        // which is no valid UTF-8.
        var encoding = encodingName switch
        {
            "windows-1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
            "utf-8 with BOM" => new UTF8Encoding(true),
            _ => new UTF8Encoding(false),
        };
        var path = Path.Combine(Directory, "opportunities.csv");
        File.WriteAllText(path, DealHeader + "\r\n" +
            "o1,Café Société,José Müller,Close,Won,1000,2026-01-05,2026-02-01,2026-02-01\r\n" +
            "o2,Crème brûlée,José Müller,Develop,Open,2000,2026-03-01,2026-12-01,\r\n" +
            "o3,Smørrebrød,Zoë Ångström,Qualify,Open,3000,2026-04-01,2026-12-01,\r\n", encoding);

        // Act
        var (exitCode, output, error) = RunCli("import", path, "--core-only", "--now", "2026-11-15");
        var org = Importer(CultureInfo.InvariantCulture).Import(new ImportFiles(path)).Snapshot;

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        Assert.That(org.Opportunities.Select(o => o.Name), Is.EqualTo(new[] { "Café Société", "Crème brûlée", "Smørrebrød" }));
        Assert.That(org.Reps.Select(r => r.Name), Is.EqualTo(new[] { "José Müller", "Zoë Ångström" }));
        Assert.That(output, Does.Contain("José Müller").And.Contain("Zoë Ångström").And.Not.Contain("\uFFFD"));
        Assert.That(Lines(output, "opportunities.csv").Contains("opportunities.csv: read as Windows-1252 (Excel's \"CSV\" on Western Windows), since it is not UTF-8"), Is.EqualTo(remarked));
    }

    [Test]
    public void Import_DuplicateRows_Should_KeepTheRowCoresDuplicateRuleKeepsAndListTheOthers()
    {
        // Arrange: o1's open row was modified on 2026-05-01, after its won row (last change: the close, 2026-04-01);
        // o2's lost row closed on 2026-03-01, after its open row's creation (2026-01-10), its only change; o3's rows are
        // the same, so the first stays.
        var rows = new[]
        {
            "o1,First,ann,Propose,Open,1000,2026-01-05,2026-06-01,,2026-05-01",
            "o1,First,ann,Close,Won,1200,2026-01-05,2026-04-01,2026-04-01,",
            "o2,Second,bob,Develop,Open,2000,2026-01-10,2026-06-01,,",
            "o2,Second,bob,Develop,Lost,2000,2026-01-10,2026-03-01,2026-03-01,",
            "o3,Third,ann,Qualify,Open,300,2026-02-01,2026-07-01,,",
            "o3,Third,ann,Qualify,Open,300,2026-02-01,2026-07-01,,",
            "o4,Fourth,bob,Qualify,Open,400,2026-02-01,2026-07-01,,2026-02-03",
        };
        var header = DealHeader + ",modifiedOn\n";
        var path = Write("opportunities.csv", header + string.Join("\n", rows) + "\n");
        var reversed = Write("reversed.csv", header + string.Join("\n", rows.Reverse()) + "\n");

        // Act
        var (exitCode, output, error) = RunCli("import", path, "--core-only", "--now", "2026-11-15");
        var kept = Importer(CultureInfo.InvariantCulture).Import(new ImportFiles(path)).Snapshot.Opportunities;
        var keptReversed = Importer(CultureInfo.InvariantCulture).Import(new ImportFiles(reversed)).Snapshot.Opportunities;

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        Assert.That(Lines(output, "opportunities.csv"), Is.EqualTo(new[]
        {
            "opportunities.csv: 7 rows, 4 loaded, 3 skipped (3 duplicate)",
            "opportunities.csv: amounts name no currency: taken as USD; --currency sets another",
            "opportunities.csv line 3: opportunity \"o1\" is also on line 2, the row kept (the later modified, then the closed one; docs/mappings/README.md); row skipped.",
            "opportunities.csv line 4: opportunity \"o2\" is also on line 5, the row kept (the later modified, then the closed one; docs/mappings/README.md); row skipped.",
            "opportunities.csv line 7: opportunity \"o3\" is also on line 6, the row kept (the later modified, then the closed one; docs/mappings/README.md); row skipped.",
        }));
        string Describe(Opportunity o) => o.Id + " " + o.Status + " " + o.PipelineAmount.ToString(CultureInfo.InvariantCulture);
        Assert.That(kept.Select(Describe), Is.EqualTo(new[] { "o1 Open 1000", "o2 Lost 2000", "o3 Open 300", "o4 Open 400" }));
        Assert.That(keptReversed.Select(Describe).Order(StringComparer.Ordinal), Is.EqualTo(kept.Select(Describe)), "the rows' order never decides");
    }

    [Test]
    public void Import_ConcatenatedExports_Should_SkipAndCountTheRepeatedHeaderRows()
    {
        // Arrange: two exports joined with `cat` (the second keeps its byte order mark), then a header in other case.
        var path = Path.Combine(Directory, "opportunities.csv");
        File.WriteAllText(path, "\uFEFF" + DealHeader + "\n" +
            "o1,One,ann,Close,Won,1000,2026-01-05,2026-02-01,2026-02-01\n" +
            "o2,Two,bob,Develop,Open,2000,2026-03-01,2026-12-01,\n" +
            "\uFEFF" + DealHeader + "\n" +
            "o3,Three,ann,Qualify,Open,3000,2026-04-01,2026-12-01,\n" +
            "o4,Four,bob,Qualify,Open,4000,2026-04-02,2026-12-01,\n" +
            DealHeader.ToUpperInvariant() + "\n", new UTF8Encoding(false));

        // Act
        var (exitCode, output, error) = RunCli("import", path, "--core-only", "--now", "2026-11-15");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        Assert.That(Lines(output, "opportunities.csv"), Is.EqualTo(new[]
        {
            "opportunities.csv: 4 rows, 4 loaded, 0 skipped",
            "opportunities.csv: 2 repeated header rows left out (lines 4, 7)",
            "opportunities.csv: amounts name no currency: taken as USD; --currency sets another",
        }));
        Assert.That(output + error, Does.Not.Contain("System.").And.Not.Contain("Exception"));
    }

    [Test]
    public void Import_ProductsFile_Should_GiveEachDealItsProductLineByIdOrName()
    {
        // Arrange: P1 twice (the first stays), P3 without a line; deals name a product by id (P1), by its unique name
        // (Cloud Suite), not at all, by an unknown id (P9), or one without a line (P3).
        var products = Write("products.csv", "id,name,productLine\nP1,Widget,Hardware\nP2,Cloud Suite,Software\nP1,Widget again,Services\nP3,Consulting,\n");
        var opportunities = Write("opportunities.csv", DealHeader + ",product\n" +
            "o1,One,ann,Close,Won,1000,2026-01-05,2026-02-01,2026-02-01,P1\n" +
            "o2,Two,bob,Develop,Open,2000,2026-03-01,2026-12-01,,Cloud Suite\n" +
            "o3,Three,ann,Qualify,Open,3000,2026-04-01,2026-12-01,,P9\n" +
            "o4,Four,bob,Qualify,Open,4000,2026-04-02,2026-12-01,,\n" +
            "o5,Five,bob,Qualify,Open,5000,2026-04-03,2026-12-01,,P3\n");

        // Act
        var (exitCode, output, error) = RunCli("import", opportunities, "--products", products, "--core-only", "--now", "2026-11-15");
        var org = Importer(CultureInfo.InvariantCulture).Import(new ImportFiles(opportunities, Products: products)).Snapshot;

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        Assert.That(Lines(output, "products.csv"), Is.EqualTo(new[]
        {
            "products.csv: 4 rows, 3 loaded, 1 skipped (1 duplicate)",
            "products.csv line 4: product \"P1\" is already on line 2; row skipped.",
        }));
        Assert.That(Lines(output, "opportunities.csv"), Is.EqualTo(new[]
        {
            "opportunities.csv: 5 rows, 5 loaded, 0 skipped",
            "opportunities.csv: 1 rows loaded with a note",
            "opportunities.csv: amounts name no currency: taken as USD; --currency sets another",
            "opportunities.csv line 4, column 10 (product): product \"P9\" is not in products.csv; kept without a product line.",
        }));
        Assert.That(org.Opportunities.Select(o => o.ProductLine), Is.EqualTo(new[] { "Hardware", "Software", null, null, null }));
    }

    [Test]
    public void Import_ProductColumnWithoutProductsFile_Should_SaySoAndMapOptionShouldNameTheLineColumn()
    {
        // Arrange: the products file's line column is called "Family", mapped with --map.
        var products = Write("products.csv", "id,name,Family\nP1,Widget,Hardware\n");
        var opportunities = Write("opportunities.csv", DealHeader + ",product\no1,One,ann,Close,Won,1000,2026-01-05,2026-02-01,2026-02-01,P1\n");

        // Act
        var without = RunCli("import", opportunities, "--core-only", "--now", "2026-11-15");
        var unmapped = RunCli("import", opportunities, "--products", products, "--core-only", "--now", "2026-11-15");
        var mapped = RunCli("import", opportunities, "--products", products, "--map", "products.productLine=Family", "--core-only", "--now", "2026-11-15");

        // Assert
        Assert.That(without.ExitCode, Is.EqualTo(0), without.Error);
        Assert.That(Lines(without.Output, "opportunities.csv"), Does.Contain("opportunities.csv: the product column \"product\" is read with --products only (the products file gives each product's line); not used"));
        Assert.That(unmapped.ExitCode, Is.EqualTo(2));
        Assert.That(unmapped.Error, Does.StartWith("products.csv has no column \"productLine\", which the mapping built in (columns named after the fields) names for products.productLine."));
        Assert.That(mapped.ExitCode, Is.EqualTo(0), mapped.Error);
        Assert.That(mapped.Output, Does.Contain("products.csv: 1 rows, 1 loaded, 0 skipped"));
    }

    private static CsvImporter Importer(CultureInfo culture) =>
        new(ImportMapping.Generic(), "test mapping", new ValueParser(culture), ScoringProfile.Default);

    /// <summary>The summary's lines about <paramref name="file"/>, each rejoined from its 80-column pieces (continued four spaces in).</summary>
    private static string[] Lines(string output, string file)
    {
        var lines = new List<string>();
        var inFile = false;
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("  " + file + ":", StringComparison.Ordinal) || line.StartsWith("  " + file + " line ", StringComparison.Ordinal))
            {
                lines.Add(line.Trim());
                inFile = true;
            }
            else if (inFile && line.StartsWith("    ", StringComparison.Ordinal))
            {
                lines[^1] += " " + line.Trim();
            }
            else
            {
                inFile = false;
            }
        }

        return lines.ToArray();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
