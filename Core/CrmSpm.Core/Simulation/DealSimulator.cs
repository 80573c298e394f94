using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Simulation;

/// <summary>
/// Plays one deal forward from its creation: stage by stage it may advance, be lost, slip its close date or
/// stay open at "now"; meanwhile the rep touches it at their cadence. Habits (contacts, cadence) raise the
/// chance to advance, which is what lets the engine find real practices in generated data.
/// </summary>
internal sealed class DealSimulator
{
    private static readonly string[] NextSteps = { "Follow-up call", "Send proposal", "Demo for the buying committee", "Agree contract terms", "Meet the CFO" };
    private readonly Random random;
    private readonly GeneratorOptions options;
    private int activityCounter;

    public DealSimulator(Random random, GeneratorOptions options)
    {
        this.random = random;
        this.options = options;
    }

    public Opportunity Simulate(Rep rep, RepArchetype archetype, int dealIndex, List<Activity> activities)
    {
        var now = options.Now;
        var created = now.AddDays(-random.Between(0, options.HistoryDays)).AddMinutes(-random.Next(0, 600));
        var contacts = Math.Max(0, (int)Math.Round(archetype.Contacts + random.Normal() * 0.8));
        var cadence = archetype.CadenceDays * random.Between(0.6, 1.5) / Math.Max(0.05, options.ActivityDensity);
        var advance = Clamp(archetype.StageAdvance + 0.04 * (contacts - 2) + (cadence < 6 ? 0.04 : cadence > 12 ? -0.05 : 0), 0.3, 0.95);
        var opportunity = new Opportunity
        {
            Id = "opp-" + (dealIndex + 1).ToString("D7", CultureInfo.InvariantCulture),
            Name = Names.Deal(dealIndex),
            OwnerId = rep.Id,
            AccountId = random.Chance(archetype == RepArchetype.Struggling ? 0.06 : 0.01) ? null : "acct-" + random.Next(1, 1 + (int)rep.TerritorySize).ToString(CultureInfo.InvariantCulture),
            Amount = Math.Round((decimal)(2000 * Math.Exp(2.0 + 0.9 * random.Normal())) / 100) * 100,
            CreatedOn = created,
            ContactsEngaged = contacts,
            NextStep = random.Chance(archetype.NextStepChance) ? NextSteps[random.Next(NextSteps.Length)] : null,
            EstimatedCloseDate = created.Date.AddDays(random.Between(60, 120)),
        };

        var end = WalkStages(opportunity, archetype, advance);
        AddTouches(opportunity, archetype, cadence, contacts, end, activities);
        opportunity.ModifiedOn = end;
        opportunity.ForecastCategory = Category(opportunity);
        return opportunity;
    }

    /// <summary>Moves the deal through the stages; returns when it closed, or now when still open.</summary>
    private DateTime WalkStages(Opportunity opportunity, RepArchetype archetype, double advance)
    {
        var now = options.Now;
        var pace = archetype == RepArchetype.Top ? 0.8 : archetype == RepArchetype.Struggling ? 1.4 : 1.0;
        var t = opportunity.CreatedOn;
        for (var s = 0; s < options.Stages.Count; s++)
        {
            opportunity.Stage = options.Stages[s];
            opportunity.StageHistory.Add(new StageChange { Stage = options.Stages[s], EnteredOn = t });
            var stageDays = (10 + 5 * s) * random.Between(0.6, 1.6) * pace;
            if (t.AddDays(stageDays) > now)
            {
                KeepOrFixOverdueCloseDate(opportunity, archetype);
                return now;
            }

            t = t.AddDays(stageDays);
            if (random.Chance(archetype.SlipChance))
            {
                Push(opportunity, t, random.Between(14, 35));
            }

            // Deals can be lost at every stage, the last one included; passing the last stage wins the deal.
            if (!random.Chance(advance))
            {
                return Close(opportunity, OpportunityStatus.Lost, t);
            }

            if (s == options.Stages.Count - 1)
            {
                return Close(opportunity, OpportunityStatus.Won, t);
            }
        }

        return now;
    }

    private void KeepOrFixOverdueCloseDate(Opportunity opportunity, RepArchetype archetype)
    {
        var now = options.Now;
        if (opportunity.EstimatedCloseDate < now.Date && !random.Chance(archetype.StaleCloseDateChance))
        {
            Push(opportunity, now.AddDays(-random.Between(0, 5)), (now.Date - opportunity.EstimatedCloseDate!.Value).TotalDays + random.Between(14, 45));
        }
    }

    private void Push(Opportunity opportunity, DateTime changedOn, double days)
    {
        var old = opportunity.EstimatedCloseDate;
        opportunity.EstimatedCloseDate = old!.Value.AddDays(Math.Round(days));
        opportunity.CloseDateChanges.Add(new CloseDateChange { ChangedOn = changedOn, OldDate = old, NewDate = opportunity.EstimatedCloseDate });
    }

    private static DateTime Close(Opportunity opportunity, OpportunityStatus status, DateTime closedOn)
    {
        opportunity.Status = status;
        opportunity.ActualCloseDate = closedOn;
        opportunity.EstimatedCloseDate = closedOn.Date;
        return closedOn;
    }

    private void AddTouches(Opportunity opportunity, RepArchetype archetype, double cadence, int contacts, DateTime end, List<Activity> activities)
    {
        var t = opportunity.CreatedOn.AddDays(random.Exponential(archetype.FirstTouchDays));
        while (t < end)
        {
            activities.Add(NewActivity(opportunity, archetype, contacts, t, ActivityStatus.Completed));
            t = t.AddDays(random.Exponential(cadence));
        }

        if (opportunity.IsOpen)
        {
            var planned = NewActivity(opportunity, archetype, contacts, options.Now, ActivityStatus.Open);
            planned.Kind = ActivityKind.Task;
            planned.DueOn = options.Now.AddDays(random.Between(1, 10));
            planned.CompletedOn = null;
            activities.Add(planned);
        }
    }

    private Activity NewActivity(Opportunity opportunity, RepArchetype archetype, int contacts, DateTime on, ActivityStatus status)
    {
        activityCounter++;
        var kind = random.Chance(archetype.MeetingShare) ? ActivityKind.Meeting : (ActivityKind)random.Next(0, 2);
        return new Activity
        {
            Id = opportunity.Id + "-act-" + activityCounter.ToString(CultureInfo.InvariantCulture),
            Kind = kind,
            OwnerId = opportunity.OwnerId,
            RegardingOpportunityId = opportunity.Id,
            RegardingAccountId = opportunity.AccountId,
            ContactId = contacts > 0 ? opportunity.Id + "-contact-" + random.Next(contacts).ToString(CultureInfo.InvariantCulture) : null,
            CreatedOn = on,
            CompletedOn = status == ActivityStatus.Completed ? on : (DateTime?)null,
            Status = status,
            DurationMinutes = kind == ActivityKind.Meeting ? 60 : kind == ActivityKind.Call ? 15 : 5,
        };
    }

    private static ForecastCategory Category(Opportunity opportunity)
    {
        if (opportunity.Status == OpportunityStatus.Won)
        {
            return ForecastCategory.Closed;
        }

        if (opportunity.Status == OpportunityStatus.Lost)
        {
            return ForecastCategory.Omitted;
        }

        return opportunity.Stage == "Close" ? ForecastCategory.Commit : opportunity.Stage == "Propose" ? ForecastCategory.BestCase : ForecastCategory.Pipeline;
    }

    private static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
}
