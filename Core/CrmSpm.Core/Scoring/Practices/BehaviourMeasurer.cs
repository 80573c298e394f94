using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Measures behaviours over a set of deals (a rep's deals, or a single deal):
/// <list type="bullet">
/// <item>touch cadence at a stage = Σ days in the stage ÷ Σ max(1, touches in the stage), over stays of at least a day;</item>
/// <item>days in a stage = mean length of finished stays (an open deal's current stage is still running);</item>
/// <item>contacts per deal, days to first touch (creation to first touch, or to now/closing when untouched) and
/// next-step share are means over deals; meeting share = Σ meetings ÷ Σ touches.</item>
/// </list>
/// </summary>
public static class BehaviourMeasurer
{
    private const double MinSegmentDays = 1;

    /// <summary>Behaviour values of <paramref name="deals"/> by key; behaviours with no data are absent.</summary>
    public static Dictionary<string, double> Measure(IEnumerable<DealFacts> deals)
    {
        var stages = StageBehaviourSums.NewTable();
        var cadenceOrder = new List<StageBehaviourSums>();
        var stayOrder = new List<StageBehaviourSums>();
        int count = 0, touches = 0, meetings = 0, withNextStep = 0;
        double contacts = 0, latency = 0;
        foreach (var deal in deals)
        {
            count++;
            touches += deal.Touches;
            meetings += deal.Meetings;
            contacts += deal.ContactsEngaged;
            withNextStep += deal.HasNextStep ? 1 : 0;
            var firstTouch = deal.FirstTouchOn.HasValue && deal.FirstTouchOn.Value < deal.AsOf ? deal.FirstTouchOn.Value : deal.AsOf;
            latency += Math.Max(0, (firstTouch - deal.CreatedOn).TotalDays);
            var segments = deal.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                var days = segment.Days;
                // A short stay that is still running feeds neither sum: skip its look-up.
                if (days < MinSegmentDays && segment.IsCurrent)
                {
                    continue;
                }

                var sums = StageBehaviourSums.For(stages, segment.Stage);
                if (days >= MinSegmentDays)
                {
                    sums.AddCadence(days, segment.Touches, cadenceOrder);
                }

                if (!segment.IsCurrent)
                {
                    sums.AddStay(days, stayOrder);
                }
            }
        }

        // Sized up front: growing it rehashes every key of every rep.
        var values = new Dictionary<string, double>(4 + cadenceOrder.Count + stayOrder.Count, StringComparer.Ordinal);
        if (count == 0)
        {
            return values;
        }

        values[BehaviourKeys.ContactsPerDeal] = contacts / count;
        values[BehaviourKeys.FirstTouchLatency] = latency / count;
        values[BehaviourKeys.NextStepDiscipline] = (double)withNextStep / count;
        if (touches > 0)
        {
            values[BehaviourKeys.MeetingShare] = (double)meetings / touches;
        }

        foreach (var sums in cadenceOrder)
        {
            values[BehaviourKeys.TouchCadence(sums.Stage)] = sums.CadenceDays / sums.CadenceTouches;
        }

        foreach (var sums in stayOrder)
        {
            values[BehaviourKeys.DaysInStage(sums.Stage)] = sums.StageDays / sums.Stays;
        }

        return values;
    }

    /// <summary>Behaviour values of one deal.</summary>
    public static Dictionary<string, double> Measure(DealFacts deal) => Measure(new[] { deal });

    /// <summary>
    /// Adds each behaviour observation of one deal to <paramref name="sink"/> without building a dictionary
    /// (the won-against-lost comparison visits every closed deal, twice). A deal that stayed in a stage twice gives
    /// two observations for that stage.
    /// </summary>
    internal static void Visit(DealFacts deal, BehaviourSlots slots, BehaviourMoments sink)
    {
        sink.Add(BehaviourSlots.ContactsPerDeal, deal.ContactsEngaged);
        var firstTouch = deal.FirstTouchOn.HasValue && deal.FirstTouchOn.Value < deal.AsOf ? deal.FirstTouchOn.Value : deal.AsOf;
        sink.Add(BehaviourSlots.FirstTouchLatency, Math.Max(0, (firstTouch - deal.CreatedOn).TotalDays));
        sink.Add(BehaviourSlots.NextStepDiscipline, deal.HasNextStep ? 1 : 0);
        if (deal.Touches > 0)
        {
            sink.Add(BehaviourSlots.MeetingShare, (double)deal.Meetings / deal.Touches);
        }

        var segments = deal.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var days = segment.Days;
            var counted = days >= MinSegmentDays;
            if (!counted && segment.IsCurrent)
            {
                continue;
            }

            // One look-up for both of the stage's slots.
            var cadence = slots.TouchCadence(segment.Stage);
            if (counted)
            {
                sink.Add(cadence, segment.DaysPerTouch);
            }

            if (!segment.IsCurrent)
            {
                sink.Add(BehaviourSlots.DaysInStageOf(cadence), days);
            }
        }
    }
}
