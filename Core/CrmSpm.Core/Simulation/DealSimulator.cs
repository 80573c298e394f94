using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Simulation;

/// <summary>
/// Plays one deal forward from its creation: stage by stage it may advance, stall (and, after lingering untouched,
/// be closed as lost), slip its close date or stay open at "now"; meanwhile the rep touches it at their cadence.
/// Habits (contacts, cadence) raise the chance to advance, which is what lets the engine find real practices in
/// generated data.
/// </summary>
internal sealed class DealSimulator
{
    private static readonly string[] NextSteps = { "Follow-up call", "Send proposal", "Demo for the buying committee", "Agree contract terms", "Meet the CFO" };

    /// <summary>Days before the window opens over which the opening pipeline's deals are created (longer than most cycles).</summary>
    private const double PipelineLeadDays = 180;

    /// <summary>Draws of an opening-pipeline deal before it is simply created the day before the window opens.</summary>
    private const int PipelineAttempts = 30;

    /// <summary>Median generated amount (2,000 × e², amounts are log-normal); the advance chance falls for deals above it.</summary>
    private const double TypicalAmount = 14_800;

    private readonly Random random;
    private readonly GeneratorOptions options;
    private int activityCounter;

    public DealSimulator(Random random, GeneratorOptions options)
    {
        this.random = random;
        this.options = options;
    }

    /// <summary>
    /// One deal of <paramref name="rep"/>: created in the history window, or (<see cref="GeneratorOptions.OpenPipelineShare"/>)
    /// part of the pipeline the window opens with.
    /// </summary>
    public Opportunity Simulate(Rep rep, RepArchetype archetype, int dealIndex, List<Activity> activities)
    {
        var windowOpens = options.Now.AddDays(-options.HistoryDays);
        if (!random.Chance(options.OpenPipelineShare))
        {
            return Play(rep, archetype, dealIndex, Created(windowOpens, options.Now), activities);
        }

        // Created up to PipelineLeadDays before the window and drawn again until still open when it opens, so the
        // opening pipeline has the ages and stages a steady deal flow leaves (long and lingering deals more often).
        for (var attempt = 1; ; attempt++)
        {
            var created = attempt < PipelineAttempts ? Created(windowOpens.AddDays(-PipelineLeadDays), windowOpens) : windowOpens.AddDays(-1);
            var drawn = new List<Activity>();
            var deal = Play(rep, archetype, dealIndex, created, drawn);
            if (deal.IsOpen || deal.ActualCloseDate >= windowOpens || attempt >= PipelineAttempts)
            {
                activities.AddRange(drawn);
                return deal;
            }
        }
    }

    /// <summary>A creation time between <paramref name="from"/> and <paramref name="to"/>, at a minute of the working day.</summary>
    private DateTime Created(DateTime from, DateTime to) => to.AddDays(-random.Between(0, (to - from).TotalDays)).AddMinutes(-random.Next(0, 600));

    private Opportunity Play(Rep rep, RepArchetype archetype, int dealIndex, DateTime created, List<Activity> activities)
    {
        var contacts = Math.Max(0, (int)Math.Round(archetype.Contacts + random.Normal() * 0.8));
        var cadence = archetype.CadenceDays * random.Between(0.6, 1.5) / Math.Max(0.05, options.ActivityDensity);
        var amount = Math.Round((decimal)(2000 * Math.Exp(2.0 + 0.7 * random.Normal())) / 100) * 100;
        var opportunity = new Opportunity
        {
            Id = "opp-" + (dealIndex + 1).ToString("D7", CultureInfo.InvariantCulture),
            Name = Names.Deal(dealIndex),
            OwnerId = rep.Id,
            AccountId = random.Chance(archetype == RepArchetype.Struggling ? 0.06 : 0.01) ? null : "acct-" + random.Next(1, 1 + (int)rep.TerritorySize).ToString(CultureInfo.InvariantCulture),
            Amount = amount,
            CreatedOn = created,
            ContactsEngaged = contacts,
            NextStep = random.Chance(archetype.NextStepChance) ? NextSteps[random.Next(NextSteps.Length)] : null,
            // The rep's first estimate: the typical cycle, shortened by the rep's optimism.
            EstimatedCloseDate = created.Date.AddDays(Math.Round(ExpectedDaysFrom(0, archetype) * archetype.CloseDateOptimism * random.Between(0.8, 1.2))),
        };

        var end = WalkStages(opportunity, archetype, AdvanceChance(archetype, contacts, cadence, amount), out var lastWorked);
        AddTouches(opportunity, archetype, cadence, contacts, lastWorked, activities);
        opportunity.ModifiedOn = end;
        opportunity.ForecastCategory = Category(opportunity);
        return opportunity;
    }

    /// <summary>
    /// Chance to get through each stage: good habits (contacts, cadence) raise it and large deals lower it, as
    /// bigger buying committees decide less often in the seller's favour.
    /// </summary>
    private static double AdvanceChance(RepArchetype archetype, int contacts, double cadence, decimal amount)
    {
        var habits = 0.04 * (contacts - 2) + (cadence < 6 ? 0.04 : cadence > 12 ? -0.05 : 0);
        var size = -0.03 * Math.Log((double)Math.Max(amount, 1000) / TypicalAmount);
        return Clamp(archetype.StageAdvance + habits + size, 0.3, 0.95);
    }

    /// <summary>Mean days a deal spends in stage <paramref name="stage"/> (0-based) at the rep's pace.</summary>
    private static double ExpectedStageDays(int stage, RepArchetype archetype) => (10 + 5 * stage) * 1.1 * archetype.Pace;

    /// <summary>Mean days from entering stage <paramref name="stage"/> to passing the last stage.</summary>
    private double ExpectedDaysFrom(int stage, RepArchetype archetype)
    {
        var days = 0.0;
        for (var s = stage; s < options.Stages.Count; s++)
        {
            days += ExpectedStageDays(s, archetype);
        }

        return days;
    }

    /// <summary>
    /// Moves the deal through the stages; returns when it closed, or now when still open, and in
    /// <paramref name="lastWorked"/> when the rep stopped working it (the stall of a dying deal, otherwise the same).
    /// </summary>
    private DateTime WalkStages(Opportunity opportunity, RepArchetype archetype, double advance, out DateTime lastWorked)
    {
        var now = options.Now;
        var t = opportunity.CreatedOn;
        lastWorked = now;
        for (var s = 0; s < options.Stages.Count; s++)
        {
            opportunity.Stage = options.Stages[s];
            opportunity.StageHistory.Add(new StageChange { Stage = options.Stages[s], EnteredOn = t });
            // Mean 1.1 × (10 + 5s) × pace, matching ExpectedStageDays.
            var stageDays = (10 + 5 * s) * random.Between(0.6, 1.6) * archetype.Pace;
            if (t.AddDays(stageDays) > now)
            {
                SetOpenCloseDate(opportunity, archetype, (t.AddDays(stageDays) - now).TotalDays + ExpectedDaysFrom(s + 1, archetype));
                return now;
            }

            t = t.AddDays(stageDays);
            // Deals can be lost at every stage, the last one included; passing the last stage wins the deal.
            var advances = random.Chance(advance);
            if (random.Chance(advances ? archetype.SlipChance : archetype.LosingSlipChance))
            {
                Push(opportunity, t, random.Between(14, 35));
            }

            if (!advances)
            {
                // The deal stalls here: nobody touches it again, and it is closed as lost only after lingering.
                lastWorked = t;
                var closedOn = t.AddDays(random.Exponential(archetype.LingerDays));
                if (closedOn > now)
                {
                    SetOpenCloseDate(opportunity, archetype, ExpectedDaysFrom(s + 1, archetype));
                    return now;
                }

                return Close(opportunity, OpportunityStatus.Lost, closedOn);
            }

            if (s == options.Stages.Count - 1)
            {
                lastWorked = t;
                return Close(opportunity, OpportunityStatus.Won, t);
            }
        }

        return now;
    }

    /// <summary>
    /// An open deal's close date at "now" is the rep's current estimate: when the deal can really close (the rest
    /// of this stage plus the expected later stages), seen through the rep's optimism; reps with poor hygiene
    /// often leave a date that has already passed. The pushes made so far are kept, so the whole history is moved
    /// to end on that date: the first estimate is the final one minus what the pushes added. Deals late in the
    /// pipeline therefore close this month or next, as in a real team at mid-month.
    /// </summary>
    private void SetOpenCloseDate(Opportunity opportunity, RepArchetype archetype, double remainingDays)
    {
        var today = options.Now.Date;
        var target = random.Chance(archetype.StaleCloseDateChance)
            ? today.AddDays(-Math.Round(random.Between(1, 30)))
            : today.AddDays(Math.Max(1, Math.Round(remainingDays * archetype.CloseDateOptimism * random.Between(0.7, 1.3))));
        var shift = target - opportunity.EstimatedCloseDate!.Value;
        var firstEstimate = opportunity.CloseDateChanges.Count == 0 ? target : opportunity.CloseDateChanges[0].OldDate!.Value + shift;
        if (firstEstimate < opportunity.CreatedOn.Date)
        {
            // The first estimate cannot precede the deal; the date lands a little later instead.
            shift += opportunity.CreatedOn.Date - firstEstimate;
        }

        opportunity.EstimatedCloseDate += shift;
        foreach (var change in opportunity.CloseDateChanges)
        {
            change.OldDate += shift;
            change.NewDate += shift;
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

    /// <summary>Touches at the rep's cadence until <paramref name="lastWorked"/>; a deal still worked at now gets a planned task.</summary>
    private void AddTouches(Opportunity opportunity, RepArchetype archetype, double cadence, int contacts, DateTime lastWorked, List<Activity> activities)
    {
        var t = opportunity.CreatedOn.AddDays(random.Exponential(archetype.FirstTouchDays));
        while (t < lastWorked)
        {
            activities.Add(NewActivity(opportunity, archetype, contacts, t, ActivityStatus.Completed));
            t = t.AddDays(random.Exponential(cadence));
        }

        if (opportunity.IsOpen && lastWorked >= options.Now)
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
