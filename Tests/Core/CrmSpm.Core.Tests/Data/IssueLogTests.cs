using CrmSpm.Core.Data;

namespace CrmSpm.Core.Tests.Data;

/// <summary>The data issue log: at most 100 rows per code plus a summary row, whatever order the issues were collected in.</summary>
public class IssueLogTests
{
    private static IReadOnlyList<string> Rows(IssueLog log) => log.ToList().Select(i => i.Code + " " + i.RecordType + " " + i.RecordId).ToList();

    [Test]
    public void AddFrom_Should_KeepTheSameRowsAsAddingEachIssueInTurn()
    {
        // Arrange: 60 "a" issues here, then 120 "a" (past the aside log's own cap) and 5 "b" collected aside: 180 "a" in all, so 100 rows and "80 more".
        var direct = new IssueLog();
        var merged = new IssueLog();
        var aside = new IssueLog();
        for (var i = 0; i < 60; i++)
        {
            direct.Add("a", "deal", "d" + i, "m");
            merged.Add("a", "deal", "d" + i, "m");
        }

        for (var i = 60; i < 180; i++)
        {
            direct.Add("a", "deal", "d" + i, "m");
            aside.Add("a", "deal", "d" + i, "m");
            if (i < 65)
            {
                direct.Add("b", "deal", "d" + i, "m");
                aside.Add("b", "deal", "d" + i, "m");
            }
        }

        // Act
        merged.AddFrom(aside);

        // Assert
        Assert.That(Rows(merged), Is.EqualTo(Rows(direct)));
        Assert.That(merged.ToList().Count(i => i.Code == "a" && i.RecordType != "summary"), Is.EqualTo(100));
        Assert.That(merged.ToList().Single(i => i.RecordType == "summary").Message, Is.EqualTo("80 more records with the same issue."));
    }

    [Test]
    public void RollBack_Should_ForgetTheIssuesAndCountsAddedSinceTheCheckpoint()
    {
        // Arrange: 99 "a" issues, a checkpoint, then 5 more "a" (past the cap) and a new code.
        var log = new IssueLog();
        for (var i = 0; i < 99; i++)
        {
            log.Add("a", "deal", "d" + i, "m");
        }

        var mark = log.Checkpoint();
        for (var i = 99; i < 104; i++)
        {
            log.Add("a", "deal", "d" + i, "m");
        }

        log.Add("b", "deal", "x", "m");

        // Act
        log.RollBack(mark);
        log.Add("a", "deal", "again", "m");

        // Assert: back to 99, so the next "a" is the 100th row and no summary row is owed.
        var rows = Rows(log);
        Assert.That(rows, Has.Count.EqualTo(100));
        Assert.That(rows.Last(), Is.EqualTo("a deal again"));
        Assert.That(rows.Any(r => r.StartsWith("b ", StringComparison.Ordinal) || r.Contains("summary")), Is.False);
    }
}
