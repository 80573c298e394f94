using CrmSpm.Core.Model;

namespace CrmSpm.Core.Tests.Properties;

/// <summary>
/// Arbitrary snapshots for robustness properties: every field drawn from ordinary values mixed with the
/// hostile ones real exports contain (default and extreme dates, amounts near decimal's limit, undefined
/// enum values, nulls, duplicate ids, blank stages, NaN territories). Seeded, so FsCheck can replay and shrink.
/// </summary>
internal static class HostileSnapshot
{
    private static readonly string[] Stages = { "Qualify", "Develop", "Propose", "Close", "", "Negotiation", null! };

    public static OrgSnapshot Create(int seed, DateTime now)
    {
        var random = new Random(seed);
        var reps = Enumerable.Range(0, 1 + random.Next(6)).Select(i => Rep(random, i, now)).ToList();
        var snapshot = new OrgSnapshot { Reps = reps };
        for (var i = 0; i < random.Next(40); i++)
        {
            snapshot.Opportunities.Add(random.Next(25) == 0 ? null! : Deal(random, i, reps, now));
        }

        for (var i = 0; i < random.Next(120); i++)
        {
            snapshot.Activities.Add(random.Next(30) == 0 ? null! : Activity(random, i, snapshot.Opportunities, now));
        }

        if (random.Next(4) == 0)
        {
            snapshot.PreviousAdoptionScores["r" + random.Next(6)] = Pick(random, 50, -1, 1e300, double.NaN);
        }

        return snapshot;
    }

    private static Rep Rep(Random random, int i, DateTime now) => new Rep
    {
        Id = random.Next(12) == 0 ? "" : "r" + random.Next(6),
        Name = "Rep " + i,
        ManagerId = random.Next(3) == 0 ? null : "m" + random.Next(2),
        StartDate = Date(random, now),
        TerritorySize = Pick(random, 100, 0, -5, double.NaN, double.PositiveInfinity, double.MaxValue, random.NextDouble() * 300),
        Quotas = Enumerable.Range(0, random.Next(4)).Select(q => new PeriodQuota
        {
            Period = Pick(random, now.ToString("yyyy-MM"), now.AddMonths(-1).ToString("yyyy-MM"), "2026-13", "", null!),
            Amount = Amount(random),
        }).ToList(),
        ForecastCommits = Enumerable.Range(0, random.Next(3)).Select(q => new ForecastCommit
        {
            Period = now.AddMonths(-1 - random.Next(3)).ToString("yyyy-MM"),
            Amount = Amount(random),
        }).ToList(),
    };

    private static Opportunity Deal(Random random, int i, List<Rep> reps, DateTime now)
    {
        var status = (OpportunityStatus)Pick(random, 0, 1, 2, 0, 1, 2, 7, -1);
        return new Opportunity
        {
            Id = random.Next(15) == 0 ? "" : "o" + random.Next(30),
            Name = "Deal " + i,
            OwnerId = random.Next(10) == 0 ? "ghost" : reps[random.Next(reps.Count)].Id,
            AccountId = random.Next(3) == 0 ? null : "a" + i,
            Stage = Stages[random.Next(Stages.Length)],
            Amount = Amount(random),
            EstimatedAmount = random.Next(3) == 0 ? null : Amount(random),
            ActualAmount = random.Next(3) == 0 ? null : Amount(random),
            EstimatedCloseDate = random.Next(4) == 0 ? null : Date(random, now),
            ActualCloseDate = random.Next(3) == 0 ? null : Date(random, now),
            Status = status,
            CreatedOn = Date(random, now),
            ModifiedOn = Date(random, now),
            NextStep = Pick(random, null!, "", "  ", "Call back"),
            ContactsEngaged = Pick(random, 0, 1, 3, -4, int.MaxValue),
            ForecastCategory = (ForecastCategory)random.Next(-1, 8),
            StageHistory = random.Next(6) == 0 ? null! : Enumerable.Range(0, random.Next(5))
                .Select(_ => random.Next(10) == 0 ? null! : new StageChange { Stage = Stages[random.Next(Stages.Length)], EnteredOn = Date(random, now) }).ToList(),
            CloseDateChanges = random.Next(6) == 0 ? null! : Enumerable.Range(0, random.Next(4))
                .Select(_ => random.Next(10) == 0 ? null! : new CloseDateChange { ChangedOn = Date(random, now), OldDate = Date(random, now), NewDate = random.Next(5) == 0 ? null : Date(random, now) }).ToList(),
        };
    }

    private static Activity Activity(Random random, int i, IList<Opportunity> deals, DateTime now) => new Activity
    {
        Id = random.Next(15) == 0 ? null! : "act" + random.Next(60),
        Kind = (ActivityKind)random.Next(-1, 6),
        OwnerId = "r" + random.Next(6),
        RegardingOpportunityId = deals.Count == 0 || random.Next(8) == 0 ? (random.Next(2) == 0 ? null : "nowhere") : deals[random.Next(deals.Count)]?.Id,
        ContactId = random.Next(3) == 0 ? null : "c" + random.Next(5),
        CreatedOn = Date(random, now),
        CompletedOn = random.Next(3) == 0 ? null : Date(random, now),
        DueOn = random.Next(2) == 0 ? null : Date(random, now),
        Status = (ActivityStatus)random.Next(-1, 4),
        DurationMinutes = Pick(random, 0, 30, -5, int.MaxValue),
    };

    private static DateTime Date(Random random, DateTime now) => random.Next(8) switch
    {
        0 => default,
        1 => DateTime.MaxValue,
        2 => new DateTime(2199, 1, 1),
        3 => new DateTime(1900, 1, 1),
        _ => now.AddDays(-random.Next(-60, 800)).AddHours(random.Next(24)),
    };

    private static decimal Amount(Random random) => random.Next(8) switch
    {
        0 => 0,
        1 => -1000,
        2 => 50000000000000000000000000000m,
        3 => decimal.MaxValue,
        _ => random.Next(1, 200000),
    };

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
