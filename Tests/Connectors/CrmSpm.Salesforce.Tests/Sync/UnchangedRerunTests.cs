using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Mapping;
using System.Text.Json.Nodes;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>A rerun with nothing changed in the org writes nothing, with every rule of the default profile on.</summary>
public sealed class UnchangedRerunTests : SalesforceTestBase
{
    [Test]
    public async Task Rerun_NothingChangedInTheOrg_Should_WriteNoTipAndNoScorecard()
    {
        // Arrange: 3 reps with 6 deals each (open, past due, won, lost), calls and meetings, scored with every rule.
        await StartEmulatorAsync();
        SeedOrg(o =>
        {
            var manager = o.Rep("Mia Manager");
            for (var r = 0; r < 3; r++)
            {
                var rep = o.Rep($"Rep {r}", manager);
                for (var d = 0; d < 6; d++)
                {
                    var deal = o.Deal(rep, $"Deal {r}-{d}", new DateOnly(2026, 11, 1).AddDays(d * 9 - 10),
                        stage: d == 5 ? "Closed Won" : d == 4 ? "Closed Lost" : "Develop", amount: 1000m * (d + 1),
                        isClosed: d >= 4, isWon: d == 5, nextStep: d % 2 == 0 ? "Call back" : null);
                    for (var c = 0; c < d % 3; c++)
                    {
                        o.Call(rep, deal, Now.AddDays(-3 * c - 2));
                    }

                    if (d % 2 == 1)
                    {
                        o.Meeting(rep, deal, Now.AddDays(-d - 1));
                    }
                }
            }
        });
        var first = await RunSyncAsync(Now, ScoringProfile.Default);
        Assume.That(first.ScorecardsWritten, Is.EqualTo(3), "one per rep who owns deals");
        var writesAfterFirst = Emulator.Stats.WriteCalls;

        // Act: the next run, ten minutes later; the org saw only our own writes.
        var second = await RunSyncAsync(Now.AddMinutes(10), ScoringProfile.Default);

        // Assert
        Assert.That((second.TipsWritten, second.TipsClosed, second.ScorecardsWritten), Is.EqualTo((0, 0, 0)));
        Assert.That(Emulator.Stats.WriteCalls, Is.EqualTo(writesAfterFirst));
    }

    [Test]
    public async Task Rerun_OnlyTheClockMoved_Should_NotRewriteScorecardsWhoseEvidenceQuotesDurations()
    {
        // Arrange: open deals whose "days in stage" evidence grows with the clock (0.01 → 0.02 days) while every
        // score stays the same; past-due and next-step rules write tips, which are left out here.
        await StartEmulatorAsync();
        SeedOrg(o =>
        {
            for (var r = 0; r < 5; r++)
            {
                var rep = o.Rep($"Rep {r}");
                for (var d = 0; d < 60; d++)
                {
                    var deal = o.Deal(rep, $"Deal {r}-{d}", new DateOnly(2026, 11, 10).AddDays(d - 30), stage: d % 7 == 0 ? "Closed Won" : "Develop",
                        isClosed: d % 7 == 0, isWon: d % 7 == 0, nextStep: d % 3 == 0 ? null : "Call back");
                    for (var c = 0; c < d % 4; c++)
                    {
                        o.Call(rep, deal, Now.AddDays(-c * 5 - 1));
                    }
                }
            }
        });
        var first = await RunSyncAsync(Now, ScoringProfile.Default);
        Assume.That(first.ScorecardsWritten, Is.EqualTo(5));

        // Act
        var second = await RunSyncAsync(Now.AddMinutes(10), ScoringProfile.Default);

        // Assert
        Assert.That(second.ScorecardsWritten, Is.Zero);
    }

    [Test]
    public async Task Rerun_AnActivityAgedOutOfTheWindow_Should_WriteNothing_AndADealAmountChange_Should_RewriteOnlyItsRepsScorecard()
    {
        // Arrange: 3 reps, each with 10 open Develop deals (no account, so 2 of the 3 required fields), 2 calls 3 days
        // ago on each, 1 call 10 days ago and 1 call 28 days less 5 minutes ago, which leaves the 28-day activity
        // window within the next ten minutes. Adoption by hand (default weights):
        //   completeness 2/3 × 0.2 + freshness 10/10 × 0.3 + activity rate min(1, 22 / 10 deals / 4 weeks / 1.5) × 0.2
        //   + close-date hygiene 1 × 0.15 + next-step discipline 1 × 0.15 = 0.1333 + 0.3 + 0.0733 + 0.15 + 0.15 = 80.67.
        // Ten minutes later only the clock moved: 21 calls, 0.07 → 80.33 (read as 81, then 80).
        await StartEmulatorAsync();
        var deals = new List<string>();
        var reps = new List<string>();
        SeedOrg(o =>
        {
            for (var r = 0; r < 3; r++)
            {
                var rep = o.Rep($"Rep {r}");
                reps.Add(rep);
                for (var d = 0; d < 10; d++)
                {
                    var deal = o.Deal(rep, $"Deal {r}-{d}", new DateOnly(2026, 12, 20));
                    deals.Add(deal);
                    o.Call(rep, deal, Now.AddDays(-3));
                    o.Call(rep, deal, Now.AddDays(-3).AddHours(1));
                }

                o.Call(rep, deals[^1], Now.AddDays(-10));
                o.Call(rep, deals[^1], Now.AddDays(-28).AddMinutes(5));
            }
        });
        var first = await RunSyncAsync(Now, ScoringProfile.Default);
        Assume.That(first.ScorecardsWritten, Is.EqualTo(3));
        Assert.That(reps.Select(AdoptionWritten), Is.All.EqualTo(80.67));

        // Act 1: ten minutes later, nothing changed in the org.
        var writesBefore = Emulator.Stats.WriteCalls;
        var rerun = await RunSyncAsync(Now.AddMinutes(10), ScoringProfile.Default);

        // Assert 1: no write at all; Salesforce still shows 80.67 (a third of a point stale, within the point allowed).
        Assert.That((rerun.TipsWritten, rerun.TipsClosed, rerun.ScorecardsWritten), Is.EqualTo((0, 0, 0)));
        Assert.That(Emulator.Stats.WriteCalls, Is.EqualTo(writesBefore));

        // Act 2: a real change, smaller than a point: rep 0's second deal loses its amount (now 1 of 3 fields):
        // completeness (6 × 2/3 … 9 × 2/3 + 1/3) / 10 = 0.6333, so adoption 80.33 − 0.67 = 79.67.
        Emulator.Store.Update("Opportunity", deals[1], new JsonObject { [F.Opportunity.Amount] = 0 });
        var changed = await RunSyncAsync(Now.AddMinutes(20), ScoringProfile.Default);

        // Assert 2: only rep 0's scorecard is rewritten; the other two keep what the first run wrote.
        Assert.That(changed.ScorecardsWritten, Is.EqualTo(1));
        Assert.That(reps.Select(AdoptionWritten), Is.EqualTo(new[] { 79.67, 80.67, 80.67 }));
    }

    private double AdoptionWritten(string repId) => Emulator.Store.Live(F.Objects.Scorecard)
        .Single(s => s[F.Scorecard.Rep]?.ToString() == repId)[F.Scorecard.AdoptionScore]!.GetValue<double>();

    [Test]
    public void Fingerprint_SameFieldsInAnotherKeyOrderOrNumberSpelling_Should_BeEqual()
    {
        // Arrange: the same values, keys in another order (also inside a nested object) and 2.50 written as 2.5.
        var a = JsonNode.Parse("""{"b":1,"a":{"y":2.50,"x":[1,"t"]},"c":null}""")!.AsObject();
        var b = JsonNode.Parse("""{"c":null,"a":{"x":[1.0,"t"],"y":2.5},"b":1e0}""")!.AsObject();
        var changed = JsonNode.Parse("""{"c":null,"a":{"x":["t",1],"y":2.5},"b":1}""")!.AsObject();

        // Act / Assert: equal when only spelling differs; array order is content, so it counts.
        Assert.That(Fingerprint.Of(a), Is.EqualTo(Fingerprint.Of(b)));
        Assert.That(Fingerprint.Of(changed), Is.Not.EqualTo(Fingerprint.Of(a)));
        Assert.That(Fingerprint.Canonical(a), Is.EqualTo("""{"a":{"x":[1,"t"],"y":2.5},"b":1,"c":null}"""));
    }
}
