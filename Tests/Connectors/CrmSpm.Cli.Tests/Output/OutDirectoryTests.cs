using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Cli.Rendering;
using CrmSpm.Cli.Tests.Import;

namespace CrmSpm.Cli.Tests.Output;

/// <summary>
/// <c>--out DIR</c>: files that join on the export's ids, the same columns and values whether the org or Core scored;
/// a directory created when missing, a file refused, another tool's files never overwritten.
/// </summary>
public class OutDirectoryTests : ImportTestBase
{
    [TestCase(false)]
    [TestCase(true)]
    public void ImportOut_Should_WriteFilesThatJoinOnTheExportsRepAndOpportunityIds(bool coreOnly)
    {
        // Arrange: a generated org; --out two levels below a directory that does not exist yet.
        var org = Generated(seed: 3, reps: 4, dealsPerRep: 15);
        var files = WriteCsv(org, ImportMapping.Generic(), "invariant");
        var outDir = Path.Combine(Directory, "out", "run");
        var args = new List<string> { "import", files.Opportunities, "--users", files.Users, "--activities", files.Activities, "--now", "2026-11-15", "--out", outDir };
        if (coreOnly)
        {
            args.Add("--core-only");
        }

        // Act
        var (exitCode, output, error) = RunCli(args.ToArray());

        // Assert: every id is the export's own (distinct values: SubsetOf counts repeats), and each file has the join columns under the same names.
        Assert.That(exitCode, Is.EqualTo(0), error + output);
        var repIds = org.Reps.Select(r => r.Id).ToHashSet();
        var dealIds = org.Opportunities.Select(o => o.Id).ToHashSet();
        var scorecards = Json(outDir, "scorecards");
        var tips = Json(outDir, "tips");
        var deals = Json(outDir, "deal-scores");
        Assert.That(scorecards.Select(r => r["repId"]).Distinct(), Is.Not.Empty.And.SubsetOf(repIds));
        Assert.That(scorecards.Select(r => r["period"]).Distinct(), Is.All.EqualTo("2026-11"));
        Assert.That(deals.Select(r => r["opportunityId"]).Distinct(), Is.Not.Empty.And.SubsetOf(dealIds));
        Assert.That(deals.Select(r => r["repId"]).Distinct(), Is.SubsetOf(repIds));
        Assert.That(deals.Select(r => (r["opportunityName"], r["opportunityId"])).Distinct(), Is.SubsetOf(org.Opportunities.Select(o => ((string?)o.Name, (string?)o.Id))));
        Assert.That(tips.Select(r => r["repId"]).Distinct(), Is.Not.Empty.And.SubsetOf(repIds));
        Assert.That(tips.Select(r => r["opportunityId"]).Where(id => id != "").Distinct(), Is.Not.Empty.And.SubsetOf(dealIds));
        Assert.That(tips.Select(r => r["severity"]).Distinct(), Is.SubsetOf(new[] { "Low", "Medium", "High" }), "words, as Core names them, on both paths");
        Assert.That(Header(outDir, "scorecards"), Does.StartWith("repId,repName,teamId,period,tier,"));
        Assert.That(Header(outDir, "tips"), Does.StartWith("tipId,repId,repName,opportunityId,opportunityName,"));
        Assert.That(Header(outDir, "deal-scores"), Does.StartWith("opportunityId,opportunityName,repId,repName,score,"));
        Assert.That(Header(outDir, "data-issues"), Does.Contain(",repId,opportunityId,"));
        Assert.That(Regex.Replace(output, @"\s+", " "), Does.Contain("Wrote scorecards.json, scorecards.csv, tips.json, tips.csv, deal-scores.json, deal-scores.csv, data-issues.json and data-issues.csv to " + outDir + "."));
    }

    [Test]
    public void ImportOut_WhenItIsAFile_Should_ExitWith2BeforeTheRunAndSaySo()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 3, reps: 2, dealsPerRep: 10), ImportMapping.Generic(), "invariant");
        var notADirectory = Path.Combine(Directory, "notes.txt");
        File.WriteAllText(notADirectory, "mine");

        // Act
        var (exitCode, output, error) = RunCli("import", files.Opportunities, "--core-only", "--out", notADirectory);

        // Assert: refused while parsing: nothing imported or printed, the file untouched.
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--out " + notADirectory + " is a file: give a directory (a missing one is created)."));
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(notADirectory), Is.EqualTo("mine"));
    }

    [Test]
    public void ImportOut_WhenAnotherToolsFileHasTheSameName_Should_RefuseAndLeaveItAsItIs()
    {
        // Arrange: a directory with someone's tips.csv.
        var files = WriteCsv(Generated(seed: 3, reps: 2, dealsPerRep: 10), ImportMapping.Generic(), "invariant");
        var outDir = Path.Combine(Directory, "someone-elses-files");
        System.IO.Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "tips.csv"), "someone else's");

        // Act
        var (exitCode, _, error) = RunCli("import", files.Opportunities, "--core-only", "--out", outDir);

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("already holds tips.csv, which crmspm did not write"));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "tips.csv")), Is.EqualTo("someone else's"));
        Assert.That(File.Exists(Path.Combine(outDir, "scorecards.csv")), Is.False, "nothing written beside it");
    }

    [Test]
    public void Out_Twice_Should_ReplaceItsOwnFilesAndSaySo()
    {
        // Arrange
        var outDir = Path.Combine(Directory, "again");
        var first = new[] { new OutputFile("a.csv", "1"), new OutputFile("b.json", "1") };
        var second = new[] { new OutputFile("a.csv", "2"), new OutputFile("c.svg", "2") };

        // Act
        var wrote = OutputDirectory.Write(outDir, first);
        var rewrote = OutputDirectory.Write(outDir, second);

        // Assert: the second run replaces a.csv, adds c.svg, leaves b.json; the manifest lists all three.
        Assert.That(wrote, Is.EqualTo("Wrote a.csv and b.json to " + outDir + "."));
        Assert.That(rewrote, Is.EqualTo("Wrote a.csv and c.svg to " + outDir + ", replacing the file of an earlier run: a.csv."));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "a.csv")), Is.EqualTo("2"));
        Assert.That(File.ReadAllLines(Path.Combine(outDir, OutputDirectory.Manifest)).Skip(1), Is.EqualTo(new[] { "a.csv", "b.json", "c.svg" }));
    }

    [Test]
    public void EvaluateOut_WhenItIsAFile_Should_ExitWith2()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 3, reps: 2, dealsPerRep: 10), ImportMapping.Generic(), "invariant");
        var notADirectory = Path.Combine(Directory, "chart.svg");
        File.WriteAllText(notADirectory, "<svg/>");

        // Act
        var (exitCode, output, error) = RunCli("evaluate", files.Opportunities, "--out", notADirectory);

        // Assert
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("is a file"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Evaluate_Should_PrintTheCommandAndTheDefaultCutoffThatReproduceIt()
    {
        // Arrange
        var files = WriteCsv(Generated(seed: 4, reps: 10, dealsPerRep: 30), ImportMapping.Generic(), "invariant");

        // Act: no --cutoff given, so the default is printed with the command.
        var (exitCode, output, error) = RunCli("evaluate", files.Opportunities, "--activities", files.Activities);

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        var cutOff = Regex.Match(output, @"Cutoff (\d{4}-\d\d-\d\d):").Groups[1].Value;
        var footer = Regex.Replace(output[output.IndexOf("To reproduce", StringComparison.Ordinal)..], @" \\\r?\n\s*", " ").Trim();
        Assert.That(footer, Is.EqualTo("To reproduce this report (cutoff " + cutOff + "):\n" +
            "crmspm evaluate " + files.Opportunities + " --activities " + files.Activities + " --cutoff " + cutOff).IgnoreWhiteSpace);
    }

    private static List<Dictionary<string, string?>> Json(string directory, string name) =>
        JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(File.ReadAllText(Path.Combine(directory, name + ".json")))!
            .Select(row => row.ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.ToString()))
            .ToList();

    private static string Header(string directory, string name) => File.ReadLines(Path.Combine(directory, name + ".csv")).First().TrimStart('\uFEFF');
}
