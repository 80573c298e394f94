using CrmSpm.Core.Coaching;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>
/// The machine's culture must not change what goes over the wire. Thai uses the Buddhist calendar by
/// default, so a culture-sensitive "yyyy-MM-dd" writes 2026-11-10 as 2569-11-10.
/// </summary>
public sealed class CultureTests : SalesforceTestBase
{
    [Test]
    [SetCulture("th-TH")]
    public async Task Sync_ThaiCulture_Should_SeeThePastDueDealAsPastDue()
    {
        // Arrange: one open deal due 2026-11-10, ten days before today (2026-11-20): one tip.
        await StartEmulatorAsync();
        var org = SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));

        // Act
        var summary = await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));

        // Assert
        Assert.That(summary.TipsCreated, Is.EqualTo(1));
        Assert.That(org.TipTasks(), Has.Count.EqualTo(1));
    }
}
