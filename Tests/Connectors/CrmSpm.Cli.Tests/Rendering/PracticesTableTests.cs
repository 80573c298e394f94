using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Scoring.Practices;
using Spectre.Console;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>Teams that share their practices read as one table, with headers in words (docs/scoring.md §4, §5).</summary>
public class PracticesTableTests : CliTestBase
{
    private static readonly TableLimits Limits = new(3, All: false);

    [Test]
    public void ForTeams_WhenEveryTeamHasTheSamePractices_Should_PrintOneTableForEveryTeam()
    {
        // Arrange: three teams with equal (but distinct) lists.
        var teams = new[] { "Team A", "Team B", "Team C" }.Select(t => (t, (IReadOnlyList<Practice>)new[] { Contacts(3, 1.5, 1.25, 0.8) })).ToList();

        // Act
        var tables = PracticesTable.ForTeams(teams, "benchmarks", Limits).ToList();

        // Assert
        Assert.That(tables, Has.Count.EqualTo(1));
        var text = Print(tables);
        Assert.That(text, Does.Contain("A-tier practices, every team (benchmarks)"));
        Assert.That(text, Does.Contain("Difference").And.Contain("Weight").And.Contain("Cohen's d"));
        Assert.That(text, Does.Not.Contain("(d)").And.Not.Contain("Won/lost"));
        // 3 and 1.5 contacts, d = +1.25, weight 0.8
        Assert.That(text, Does.Match(@"Contacts per deal\s+│\s+3 contacts\s+│\s+1\.5 contacts\s+│\s+\+1\.25\s+│\s+0\.8"));
    }

    [Test]
    public void ForTeams_WhenTwoTeamsShareAndOneDiffers_Should_PrintOneTableForThePairAndOneForTheOther()
    {
        // Arrange: A and C the same, B with another effect size.
        var teams = new List<(string, IReadOnlyList<Practice>)>
        {
            ("Team A", new[] { Contacts(3, 1.5, 1.25, 0.8) }),
            ("Team B", new[] { Contacts(3, 1.5, 0.9, 0.8) }),
            ("Team C", new[] { Contacts(3, 1.5, 1.25, 0.8) }),
        };

        // Act
        var text = Print(PracticesTable.ForTeams(teams, "benchmarks", Limits).ToList());

        // Assert
        Assert.That(text, Does.Contain("A-tier practices, Team A and Team C (benchmarks)"));
        Assert.That(text, Does.Contain("A-tier practices, Team B (benchmarks)"));
        Assert.That(text.Split("A-tier practices").Length - 1, Is.EqualTo(2));
    }

    [TestCase(new string[0], "")]
    [TestCase(new[] { "A" }, "A")]
    [TestCase(new[] { "A", "B" }, "A and B")]
    [TestCase(new[] { "A", "B", "C" }, "A, B and C")]
    public void List_Should_JoinAsEnglishDoes(string[] names, string expected)
    {
        Assert.That(Format.List(names), Is.EqualTo(expected));
    }

    private static Practice Contacts(double a, double b, double d, double weight) => new()
    {
        BehaviourKey = "contacts-per-deal", Label = "Contacts per deal", Unit = "contacts", HigherIsBetter = true,
        ABenchmark = a, BValue = b, EffectSize = d, OutcomeWeight = weight, IsPractice = true,
    };

    private static string Print(IEnumerable<Table> tables)
    {
        var writer = new StringWriter();
        var console = PlainConsole(writer);
        foreach (var table in tables)
        {
            console.Write(table);
        }

        return writer.ToString();
    }
}
