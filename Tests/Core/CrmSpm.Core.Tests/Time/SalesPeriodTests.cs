using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Time;

public class SalesPeriodTests : CoreTestBase
{
    [Test]
    public void Containing_Should_GiveTheCalendarMonthAndItsKey()
    {
        // Act
        var period = SalesPeriod.Containing(Now);

        // Assert
        Assert.That(period.Key, Is.EqualTo("2026-11"));
        Assert.That(period.Start, Is.EqualTo(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(period.End, Is.EqualTo(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(period.Previous().Key, Is.EqualTo("2026-10"));
    }

    [TestCase("2026-11", true)]
    [TestCase("2026-13", false)]
    [TestCase("Nov 2026", false)]
    [TestCase(null, false)]
    public void TryParse_Should_AcceptOnlyYearDashMonth(string? key, bool expected)
    {
        Assert.That(SalesPeriod.TryParse(key, out _), Is.EqualTo(expected));
    }
}
