using System.Globalization;
using CrmSpm.Cli.Import;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>Hand-written files with every kind of bad row; the expected summary is written out by hand.</summary>
public class CsvImporterTests
{
    private string directory = "";

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("crmspm-import-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Import_MalformedFiles_Should_ListEverySkippedRowWithFileAndLine()
    {
        // Act
        var result = Importer().Import(WriteMalformedFiles());

        // Assert
        Assert.That(result.Summary.Lines(), Is.EqualTo(new[]
        {
            "users.csv: 4 rows, 2 loaded, 2 skipped (1 duplicate, 1 unparseable date)",
            "accounts.csv: 1 rows, 1 loaded, 0 skipped",
            "opportunities.csv: 11 rows, 4 loaded, 7 skipped (1 closed before created, 1 duplicate, 1 missing value, 1 unknown owner, 1 unknown status, 1 unparseable amount, 1 unparseable date)",
            "opportunities.csv: 1 rows loaded with a note",
            "activities.csv: 8 rows, 3 loaded, 5 skipped (1 duplicate, 1 unknown activity type, 1 unknown opportunity, 1 unknown owner, 1 unparseable date)",
            "activities.csv: 1 rows loaded with a note",
        }));
        Assert.That(result.Summary.Issues.Select(i => i.ToString()), Is.EqualTo(new[]
        {
            "users.csv line 4: user \"ann\" is already on line 2; row skipped.",
            "users.csv line 5, column 5 (startDate): the start date \"someday\" is not a date in the invariant culture; row skipped.",
            "opportunities.csv line 4, column 4 (account): account \"beta\" is not in the accounts file; kept as written.",
            "opportunities.csv line 5: opportunity \"o1\" is also on line 2, the row kept (the later modified, then the closed one; docs/mappings/README.md); row skipped.",
            "opportunities.csv line 6, column 7 (amount): the amount \"12.5x\" is not an amount in the invariant culture; row skipped.",
            "opportunities.csv line 7, column 9 (createdOn): the created date \"2026-13-45\" is not a date in the invariant culture; row skipped.",
            "opportunities.csv line 8, column 3 (owner): owner \"zed\" is not in users.csv; row skipped.",
            "opportunities.csv line 9, column 11 (actualCloseDate): closed on 2026-02-01, before it was created on 2026-03-01; row skipped.",
            "opportunities.csv line 10, column 1 (id): the opportunity id is blank; row skipped.",
            "opportunities.csv line 11, column 6 (status): status \"Pending\" is none of won (Won, Closed Won), lost (Lost, Closed Lost) or open (Open); row skipped.",
            "activities.csv line 3, column 2 (kind): activity type \"Fax\" is not a call, email, meeting or task (map it under activityKinds); row skipped.",
            "activities.csv line 4, column 4 (opportunity): opportunity \"o99\" is not a loaded opportunity; row skipped.",
            "activities.csv line 5: dated before opportunity \"o2\" was created; counted from its creation.",
            "activities.csv line 7: activity \"a1\" is already on line 2; row skipped.",
            "activities.csv line 8: owner \"zed\" is not a user who owns opportunities; row skipped.",
            "activities.csv line 9, column 5 (date): the date \"01/02/2026x\" is not a date in the invariant culture; row skipped.",
        }));
    }

    [Test]
    public void Import_MalformedFiles_Should_LoadTheGoodRowsWithTheirValues()
    {
        // Act
        var org = Importer().Import(WriteMalformedFiles()).Snapshot;

        // Assert
        Assert.That(org.Reps.Select(r => r.Id + " " + r.TeamId + " " + r.ManagerId), Is.EqualTo(new[] { "ann West mia", "bob West mia" }));
        Assert.That(org.Reps[0].Quotas.Select(q => q.Period + "=" + q.Amount), Is.EqualTo(new[] { "2026-01=10000", "2026-02=10000" }));
        Assert.That(org.Opportunities.Select(o => o.Id), Is.EqualTo(new[] { "o1", "o2", "o3", "o9" }));
        var won = org.Opportunities[0];
        Assert.That((won.Status, won.EstimatedAmount, won.ActualAmount, won.ActualCloseDate, won.EstimatedCloseDate),
            Is.EqualTo((OpportunityStatus.Won, 20_000m, 21_000m, (DateTime?)Utc(2026, 2, 10), (DateTime?)Utc(2026, 2, 1))));
        Assert.That(org.Opportunities[1].Status, Is.EqualTo(OpportunityStatus.Lost));
        Assert.That(org.Opportunities[2].NextStep, Is.EqualTo("Call, then \"demo\""));
        Assert.That(org.Opportunities[3].Name, Is.EqualTo("Multi\nline name"));
        Assert.That(org.Activities.Select(a => a.Id + " " + a.Kind + " " + a.RegardingOpportunityId + " " + a.Status), Is.EqualTo(new[]
        {
            "a1 Call o1 Completed", "a4 Meeting o2 Completed", "a5 Task o3 Open",
        }));
        Assert.That(org.Activities[1].TouchedOn, Is.EqualTo(Utc(2026, 1, 10)), "an activity before its deal counts from the deal's creation");
    }

    [Test]
    public void Import_RequiredColumnMissing_Should_NameTheColumnTheFieldAndTheMapping()
    {
        // Arrange
        var path = Path.Combine(directory, "opportunities.csv");
        File.WriteAllText(path, "id,owner,createdOn,closeDate,stage\n1,ann,2026-01-01,2026-02-01,Qualify\n");

        // Act
        var error = Assert.Throws<ImportConfigurationException>(() => Importer().Import(new ImportFiles(path)));

        // Assert
        Assert.That(error!.Message, Is.EqualTo("opportunities.csv has no column \"amount\", which the mapping test mapping names for opportunities.pipelineAmount. " +
            "Its columns are: \"id\", \"owner\", \"createdOn\", \"closeDate\", \"stage\"."));
    }

    private static CsvImporter Importer() =>
        new(ImportMapping.Generic(), "test mapping", new ValueParser(CultureInfo.InvariantCulture), ScoringProfile.Default);

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    private ImportFiles WriteMalformedFiles()
    {
        string Write(string name, string text)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, text);
            return path;
        }

        return new ImportFiles(
            Write("opportunities.csv",
                "id,name,owner,account,stage,status,amount,closeValue,createdOn,closeDate,actualCloseDate,nextStep,contacts\n" +
                "o1,Won deal,ann,acme,Close,Won,\"20,000.00\",21000,2026-01-05,2026-02-01,2026-02-10,Sign,2\n" +
                "o2,Lost deal,bob,acme,Develop,Lost,5000,,2026-01-10,2026-02-01,2026-02-15,,1\n" +
                "o3,Open deal,ann,beta,Propose,Open,7000,,2026-02-01,2026-03-31,,\"Call, then \"\"demo\"\"\",3\n" +
                "o1,Again,ann,acme,Close,Open,1,,2026-01-05,2026-02-01,,,\n" +
                "o4,Bad amount,ann,acme,Close,Open,12.5x,,2026-01-05,2026-02-01,,,\n" +
                "o5,Bad date,ann,acme,Close,Open,100,,2026-13-45,2026-02-01,,,\n" +
                "o6,Ghost,zed,acme,Close,Open,100,,2026-01-05,2026-02-01,,,\n" +
                "o7,Backwards,bob,acme,Close,Won,100,,2026-03-01,2026-02-01,2026-02-01,,\n" +
                ",No id,ann,acme,Close,Open,100,,2026-01-05,2026-02-01,,,\n" +
                "o8,Odd status,ann,acme,Close,Pending,100,,2026-01-05,2026-02-01,,,\n" +
                "o9,\"Multi\nline name\",bob,acme,Qualify,Open,300,,2026-02-20,2026-04-01,,,\n"),
            Write("users.csv",
                "id,name,manager,team,startDate,monthlyQuota\n" +
                "ann,Ann Example,mia,West,2025-01-01,10000\n" +
                "bob,Bob Example,mia,West,2025-02-01,12000\n" +
                "ann,Ann Again,,,,\n" +
                "cy,Cy Example,mia,West,someday,\n"),
            Write("accounts.csv", "id,name\nacme,Acme\n"),
            Write("activities.csv",
                "id,kind,owner,opportunity,date,status\n" +
                "a1,Call,,o1,2026-01-06,Completed\n" +
                "a2,Fax,,o1,2026-01-07,Completed\n" +
                "a3,Email,,o99,2026-01-07,Completed\n" +
                "a4,Meeting,,o2,2025-12-01,Completed\n" +
                "a5,Task,,Open deal,2026-02-10,Open\n" +
                "a1,Call,,o1,2026-01-06,Completed\n" +
                "a6,Call,zed,o1,2026-01-08,Completed\n" +
                "a7,Email,,o3,01/02/2026x,Completed\n"));
    }
}
