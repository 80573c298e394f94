using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Simulation;

/// <summary>
/// Generates a realistic, deterministic sales org for tests, benchmarks and the demo: reps of three kinds
/// (top, middle, struggling) with quotas and forecasts, deals that move through the stages, slip, win and
/// lose, and the activities logged on them. The same <see cref="GeneratorOptions"/> (seed included) always
/// give the same snapshot; this is the only place in Core that uses random numbers.
/// </summary>
public sealed class SalesOrgGenerator
{
    private readonly GeneratorOptions options;

    public SalesOrgGenerator(GeneratorOptions options)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.Reps < 0 || options.OpportunitiesPerRep < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Reps and opportunities per rep must not be negative.");
        }

        if (options.Stages == null || options.Stages.Count == 0)
        {
            throw new ArgumentException("At least one stage is needed.", nameof(options));
        }
    }

    /// <summary>Builds the org.</summary>
    public OrgSnapshot Generate()
    {
        var random = new Random(options.Seed);
        var simulator = new DealSimulator(random, options);
        var snapshot = new OrgSnapshot
        {
            Reps = new List<Rep>(options.Reps),
            Opportunities = new List<Opportunity>(options.Reps * options.OpportunitiesPerRep),
            Activities = new List<Activity>(options.Reps * options.OpportunitiesPerRep * 11),
        };
        var activities = (List<Activity>)snapshot.Activities;
        var dealIndex = 0;
        for (var r = 0; r < options.Reps; r++)
        {
            var archetype = RepArchetype.Pick(random.NextDouble());
            var rep = NewRep(r, random);
            snapshot.Reps.Add(rep);
            var deals = new List<Opportunity>(options.OpportunitiesPerRep);
            for (var d = 0; d < options.OpportunitiesPerRep; d++)
            {
                deals.Add(simulator.Simulate(rep, archetype, dealIndex++, activities));
            }

            AddForecastCommits(rep, archetype, deals, random);
            foreach (var deal in deals)
            {
                snapshot.Opportunities.Add(deal);
            }
        }

        return snapshot;
    }

    private Rep NewRep(int index, Random random)
    {
        var territory = Math.Round(random.Between(60, 150));
        var rep = new Rep
        {
            Id = "rep-" + (index + 1).ToString("D4", CultureInfo.InvariantCulture),
            Name = Names.Rep(index),
            ManagerId = "mgr-" + (index / Math.Max(1, options.RepsPerManager) + 1).ToString("D3", CultureInfo.InvariantCulture),
            TeamId = "team-" + (index / Math.Max(1, options.RepsPerManager) + 1).ToString("D3", CultureInfo.InvariantCulture),
            StartDate = options.Now.AddDays(-random.Between(90, 2200)).Date,
            TerritorySize = territory,
        };
        var monthlyQuota = Math.Max(1000, Math.Round((decimal)(MiddleRepMonthlyWins() * territory / 100) / 1000) * 1000);
        var period = SalesPeriod.Containing(options.Now);
        for (var m = 0; m <= 13; m++)
        {
            rep.Quotas.Add(new PeriodQuota { Period = period.Key, Amount = monthlyQuota });
            period = period.Previous();
        }

        return rep;
    }

    /// <summary>
    /// What a middle (B) rep with an average territory wins in a month, the level management sets quotas at:
    /// deals created per month × mean amount (2,000 × e^(2 + 0.7²/2) ≈ 18,900) × B win rate (about 0.74⁴ ≈ 0.3).
    /// Quotas follow the deal flow, so coverage and attainment stay meaningful for any org size; top reps beat
    /// their quota and struggling reps miss it, as in a real team.
    /// </summary>
    private double MiddleRepMonthlyWins()
    {
        var dealsPerMonth = options.HistoryDays <= 0 ? 0 : options.OpportunitiesPerRep * 30.0 / options.HistoryDays;
        return dealsPerMonth * 18_900 * 0.3;
    }

    /// <summary>Commits for the last three finished months: what was won, inflated by the archetype's optimism.</summary>
    private void AddForecastCommits(Rep rep, RepArchetype archetype, List<Opportunity> deals, Random random)
    {
        var period = SalesPeriod.Containing(options.Now).Previous();
        for (var m = 0; m < 3; m++)
        {
            var month = period;
            var won = deals.Where(d => d.Status == OpportunityStatus.Won && month.Contains(d.ActualCloseDate!.Value)).Sum(d => d.Amount);
            if (won > 0)
            {
                var commit = won * (decimal)(archetype.ForecastBias * random.Between(0.9, 1.1));
                rep.ForecastCommits.Add(new ForecastCommit { Period = month.Key, Amount = Math.Round(commit / 100) * 100 });
            }

            period = period.Previous();
        }
    }
}
