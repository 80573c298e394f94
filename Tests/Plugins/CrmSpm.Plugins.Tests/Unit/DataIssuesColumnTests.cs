using CrmSpm.Core.Data;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Recalculation;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class DataIssuesColumnTests : PluginTestBase
{
    [Test]
    public void Write_RepeatedIssues_Should_CountThemOnceEachOrgWideFirstThenMostFrequent()
    {
        // Arrange: the same duplicate reported twice for deal B, once for deal A, and one org-wide capture issue.
        var issues = new[]
        {
            new DataIssue("duplicate-id", "opportunity", "A", "Duplicate opportunity id; one record was kept."),
            new DataIssue("duplicate-id", "opportunity", "B", "Duplicate opportunity id; one record was kept."),
            new DataIssue("duplicate-id", "opportunity", "B", "Duplicate opportunity id; one record was kept."),
            new DataIssue("capture-health", "org", null, "No activity logged in 30 days."),
        };

        // Act
        var json = DataIssuesColumn.Write(issues);

        // Assert: org first, then B (2) before A (1); 4 issues, all listed; no recordId on the org entry.
        Assert.That(json, Is.EqualTo(
            "{\"total\":4,\"listed\":4,\"issues\":["
            + "{\"code\":\"capture-health\",\"recordType\":\"org\",\"problem\":\"No activity logged in 30 days.\",\"count\":1},"
            + "{\"code\":\"duplicate-id\",\"recordType\":\"opportunity\",\"recordId\":\"B\",\"problem\":\"Duplicate opportunity id; one record was kept.\",\"count\":2},"
            + "{\"code\":\"duplicate-id\",\"recordType\":\"opportunity\",\"recordId\":\"A\",\"problem\":\"Duplicate opportunity id; one record was kept.\",\"count\":1}]}"));
    }

    [Test]
    public void Write_SameIssuesInAnotherOrder_Should_GiveTheSameText()
    {
        // Arrange
        var issues = Enumerable.Range(0, 30).Select(i => new DataIssue("unknown-stage", "opportunity", "deal-" + i, "Stage 'X' is not in the profile.")).ToList();

        // Act
        var forward = DataIssuesColumn.Write(issues);
        issues.Reverse();
        var backward = DataIssuesColumn.Write(issues);

        // Assert
        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void Write_MoreThanTheEntryCap_Should_KeepTheFirst200AndSayHowManyAreListed()
    {
        // Arrange: 250 deals with one issue each.
        var issues = Enumerable.Range(0, 250).Select(i => new DataIssue("negative-amount", "opportunity", "deal-" + i.ToString("D3"), "Negative amount; treated as 0."));

        // Act
        var document = JsonColumn.Read<DataIssuesDocument>(DataIssuesColumn.Write(issues))!;

        // Assert: deal-000 … deal-199 (record id order, equal counts), 200 of 250 listed.
        Assert.That((document.Total, document.Listed, document.Issues.Count), Is.EqualTo((250, 200, 200)));
        Assert.That(document.Issues.Last().RecordId, Is.EqualTo("deal-199"));
    }

    [Test]
    public void Write_OverTheColumn_Should_DropEntriesFromTheEndUntilItFitsAndCutLongProblems()
    {
        // Arrange: 50 issues with 2,000-character messages; a column of 5,000 characters.
        var issues = Enumerable.Range(0, 50).Select(i => new DataIssue("implausible-date", "activity", "act-" + i.ToString("D2"), new string('x', 2000)));

        // Act
        var json = DataIssuesColumn.Write(issues, maxLength: 5_000);
        var document = JsonColumn.Read<DataIssuesDocument>(json)!;

        // Assert: each problem cut to 500 characters ("…" last), as many entries as fit (about 580 characters each: 8).
        Assert.That(json.Length, Is.LessThanOrEqualTo(5_000));
        Assert.That(document.Issues.Select(i => i.Problem.Length).Distinct(), Is.EqualTo(new[] { 500 }));
        Assert.That(document.Issues[0].Problem, Does.EndWith("…"));
        Assert.That(document.Issues.Select(i => i.RecordId), Is.EqualTo(Enumerable.Range(0, document.Issues.Count).Select(i => "act-" + i.ToString("D2"))));
        Assert.That(document.Issues.Count, Is.EqualTo(8));
        Assert.That((document.Total, document.Listed), Is.EqualTo((50, 8)));
    }

    [Test]
    public void Write_NoIssues_Should_BeAnEmptyList()
    {
        Assert.That(DataIssuesColumn.Write(new DataIssue[0]), Is.EqualTo("{\"total\":0,\"listed\":0,\"issues\":[]}"));
    }
}
