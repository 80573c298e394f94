using CrmSpm.Core.Coaching;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>Round trips of a first sync, counted (deterministic) instead of timed.</summary>
public sealed class ApiCallCountTests : SalesforceTestBase
{
    [Test]
    public async Task FirstSync_2500DealsAnd4100Calls_Should_UseTheMinimumCallsPerObject()
    {
        // Arrange: 5 reps; 2,500 past-due deals (500 each); 4,100 logged calls (820 each).
        await StartEmulatorAsync();
        SeedOrg(o =>
        {
            for (var r = 0; r < 5; r++)
            {
                var rep = o.Rep($"Rep {r}");
                for (var d = 0; d < 500; d++)
                {
                    var deal = o.Deal(rep, $"Deal {r}-{d}", new DateOnly(2026, 11, 10));
                    if (d < 164)
                    {
                        for (var c = 0; c < 5; c++)
                        {
                            o.Call(rep, deal, Now.AddDays(-c - 1));
                        }
                    }
                }
            }
        });

        // Act
        var profile = ProfileWithOnly(RuleIds.PastDueCloseDate);
        profile.Windows.TipsPerRepPerWeek = 500; // The tip budget opened to all 500 deals a rep has: every tip is written.
        var summary = await RunSyncAsync(Now, profile);

        // Assert, by hand:
        //   login                                                         1
        //   describe of the 6 objects and the scorecard object, one composite call   1
        //   reads at 2,000 rows a page: User 5 → 1, Account 0 → 1, Opportunity 2,500 → 2,
        //     OpportunityHistory 0 → 1, Task 4,100 → 3, Event 0 → 1      9
        //   writes at 200 a call: 2,500 tips → 13, 5 scorecards → 1      14
        //   total                                                        25
        // The minimum (one call per 2,000 rows read, per 200 written, plus login) is
        // 1 + ceil(6,605 / 2,000) + ceil(2,505 / 200) = 1 + 4 + 13 = 18; the 6 extra calls are the
        // per-object rounding of small or empty objects, which a first sync of a real org amortises, and 1 the describe.
        Assert.That(summary.RowsRead.Values.Sum(), Is.EqualTo(6605));
        Assert.That((summary.TipsCreated, summary.ScorecardsWritten), Is.EqualTo((2500, 5)));
        Assert.That(summary.ApiCalls, Is.EqualTo(25));
        Assert.That(Emulator.Stats.DataRequests + Emulator.Stats.TokenRequests, Is.EqualTo(25));
    }
}
