using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Sync;

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
        // The minimum (ApiCallMinimum, docs/performance.md) counts the same way: a page holds one object's rows, an
        // empty object takes the call that says so, a collection call writes one object. Nothing else may be spent:
        // no extra page, limits call, second login or describe outside the composite call.
        Assert.That(summary.RowsRead.Values.Sum(), Is.EqualTo(6605));
        Assert.That((summary.TipsCreated, summary.ScorecardsWritten), Is.EqualTo((2500, 5)));
        Assert.That(summary.ApiCalls, Is.EqualTo(25));
        Assert.That(ApiCallMinimum.For(summary), Is.EqualTo(25));
        Assert.That(summary.ApiCalls, Is.LessThanOrEqualTo(1.02 * ApiCallMinimum.For(summary)));
        Assert.That(Emulator.Stats.DataRequests + Emulator.Stats.TokenRequests, Is.EqualTo(25));
    }

    [Test]
    public void Minimum_TheBenchmarksFirstSync_Should_Be97()
    {
        // The first sync of docs/performance.md: 131,050 rows, 5,298 tips and 50 scorecards.
        var summary = new SyncSummary { TipsCreated = 5298, ScorecardsWritten = 50 };
        foreach (var (name, rows) in new (string, long)[] { ("User", 50), ("Account", 1000), ("Opportunity", 10000),
                     ("OpportunityHistory", 20000), ("Task", 70000), ("Event", 30000) })
        {
            summary.RowsRead[name] = rows;
        }

        // 1 login + 1 describe + pages 1 + 1 + 5 + 10 + 35 + 15 = 67 + tips ⌈5,298 / 200⌉ = 27 + scorecards 1 = 97.
        Assert.That(ApiCallMinimum.For(summary), Is.EqualTo(97));

        // An incremental run that read nothing and closed 201 tips: 1 + 1 + 6 empty objects + 2 closing calls = 10.
        var rerun = new SyncSummary { TipsClosed = 201 };
        foreach (var name in summary.RowsRead.Keys)
        {
            rerun.RowsRead[name] = 0;
        }

        Assert.That(ApiCallMinimum.For(rerun), Is.EqualTo(10));
    }
}
