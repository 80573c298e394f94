using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Tests.Rendering;

public class NeedOrderTests
{
    [Test]
    public void Sort_Should_PutTheQueueInRankFirstThenLowestTierUpThenNotTieredThenByName()
    {
        // Arrange: (name, queue rank, tier), in no useful order.
        var rows = new[]
        {
            ("Ana", (int?)null, "A"),
            ("Bo", (int?)2, "B"),
            ("Cy", (int?)null, "–"),
            ("Di", (int?)null, "C"),
            ("Ed", (int?)1, "C"),
            ("Al", (int?)null, "B"),
            ("Fay", (int?)null, "B"),
        };

        // Act
        var sorted = NeedOrder.Sort(rows, r => r.Item2, r => r.Item3, r => r.Item1).Select(r => r.Item1);

        // Assert: Ed (rank 1), Bo (rank 2); then C (Di), B by name (Al, Fay), A (Ana), not tiered (Cy).
        Assert.That(sorted, Is.EqualTo(new[] { "Ed", "Bo", "Di", "Al", "Fay", "Ana", "Cy" }));
    }

    [TestCase(30, 25, "reps", "who", "… and 5 more reps (who): --all shows them.")]
    [TestCase(25, 25, "reps", "who", null)]
    public void LeftOut_Should_SayHowManyWhichAndHow(int total, int shown, string what, string which, string? expected)
    {
        Assert.That(TableLimits.LeftOut(total, shown, what, which), Is.EqualTo(expected));
    }

    [Test]
    public void Take_Should_KeepTheFirstRowsUnlessAll()
    {
        var rows = Enumerable.Range(1, 30).ToList();
        Assert.That(new TableLimits(6, All: false).Take(rows, 25), Is.EqualTo(Enumerable.Range(1, 25)));
        Assert.That(new TableLimits(6, All: true).Take(rows, 25), Is.EqualTo(rows));
    }
}
