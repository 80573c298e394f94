using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// What one deal's record and activities say, computed once by <see cref="DealFactsBuilder"/> and shared by
/// adoption, behaviours, the deal model and the deal-level coaching rules.
/// </summary>
public sealed class DealFacts
{
    /// <summary>Facts about an empty deal.</summary>
    public DealFacts()
        : this(new Opportunity())
    {
    }

    /// <summary>
    /// Facts about <paramref name="opportunity"/>. No property initialisers here: they would allocate a
    /// throw-away opportunity (with its two history lists) for each of an org's 100,000 deals.
    /// </summary>
    internal DealFacts(Opportunity opportunity)
    {
        Opportunity = opportunity;
        // Read here once: the measures test these for every rep's deals, and the record is then a cache miss away.
        Status = opportunity.Status;
        CreatedOn = opportunity.CreatedOn;
        HasNextStep = !string.IsNullOrWhiteSpace(opportunity.NextStep);
        HasStageChange = AnyStageNamed(opportunity.StageHistory);
        HasAccount = !string.IsNullOrWhiteSpace(opportunity.AccountId);
    }

    /// <summary>Which of the optional dates are set: flags beside plain dates keep each deal's facts 24 bytes smaller than nullable dates.</summary>
    [Flags]
    private enum Dates : byte
    {
        None = 0,
        EstimatedClose = 1,
        LastTouch = 2,
        FirstTouch = 4,
    }

    private Dates known;
    private DateTime estimatedCloseDate;
    private DateTime lastTouchOn;
    private DateTime firstTouchOn;

    /// <summary>The deal.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>The deal's status when the facts were built.</summary>
    internal OpportunityStatus Status { get; }

    /// <summary>True while the deal is open (<see cref="Status"/>).</summary>
    internal bool IsOpen => Status == OpportunityStatus.Open;

    /// <summary>The deal's creation date when the facts were built.</summary>
    internal DateTime CreatedOn { get; }

    /// <summary>The instant the facts describe: now for open deals, the close date for closed ones.</summary>
    public DateTime AsOf { get; internal set; }

    /// <summary>The catalogue stage; the first stage when the name is unknown (see <see cref="StageKnown"/>).</summary>
    public StageDefinition? Stage { get; internal set; }

    /// <summary>False when the deal's stage name is not in the catalogue.</summary>
    public bool StageKnown { get; internal set; }

    /// <summary>Order of <see cref="Stage"/>; 0 with an empty catalogue.</summary>
    public int StageOrder => Stage?.Order ?? 0;

    /// <summary>The pipeline amount (<see cref="Model.Opportunity.PipelineAmount"/>), with negative and implausible amounts treated as 0.</summary>
    public decimal Amount { get; internal set; }

    /// <summary>Revenue of a won deal: its actual value, or the pipeline amount when that is blank; 0 for other deals.</summary>
    public decimal RevenueAmount { get; internal set; }

    /// <summary>Estimated close date; null when missing or implausibly far ahead (thresholds.maxCloseDateYearsAhead).</summary>
    public DateTime? EstimatedCloseDate
    {
        get => Get(Dates.EstimatedClose, estimatedCloseDate);
        internal set => Set(Dates.EstimatedClose, ref estimatedCloseDate, value);
    }

    /// <summary>Last completed activity up to <see cref="AsOf"/>; future-dated touches are ignored.</summary>
    public DateTime? LastTouchOn
    {
        get => Get(Dates.LastTouch, lastTouchOn);
        internal set => Set(Dates.LastTouch, ref lastTouchOn, value);
    }

    /// <summary>First completed activity.</summary>
    public DateTime? FirstTouchOn
    {
        get => Get(Dates.FirstTouch, firstTouchOn);
        internal set => Set(Dates.FirstTouch, ref firstTouchOn, value);
    }

    /// <summary>Completed activities up to <see cref="AsOf"/>.</summary>
    public int Touches { get; internal set; }

    /// <summary>Completed meetings up to <see cref="AsOf"/>.</summary>
    public int Meetings { get; internal set; }

    /// <summary>Completed activities within the activity window (windows.activityDays) before <see cref="AsOf"/>.</summary>
    public int RecentTouches { get; internal set; }

    /// <summary>Completed calls and emails within the activity window before <see cref="AsOf"/> (capture health).</summary>
    public int RecentCallsAndEmails { get; internal set; }

    /// <summary>max(contacts engaged on the record, distinct contacts on its activities).</summary>
    public int ContactsEngaged { get; internal set; }

    /// <summary>Close-date pushes (moves to a later date).</summary>
    public int ClosePushes { get; internal set; }

    /// <summary>Stage segments, oldest first; the last one of an open deal is current.</summary>
    public StageSegments Segments { get; internal set; }

    /// <summary>The current (last) segment.</summary>
    public StageSegment? CurrentSegment => Segments.Count > 0 ? Segments[Segments.Count - 1] : (StageSegment?)null;

    /// <summary>
    /// True when the record has a stage change recorded (a stage-history entry naming a stage). Without one its stage
    /// is only the current value, which for a closed deal is usually the closing stage whatever happened before.
    /// </summary>
    public bool HasStageChange { get; }

    /// <summary>True when the next step is filled in.</summary>
    public bool HasNextStep { get; }

    /// <summary>True when the deal names an account (adoption's required field).</summary>
    internal bool HasAccount { get; }

    /// <summary>
    /// Where the deal stands against the outcome window starting at <paramref name="windowStart"/>: open, closed in it,
    /// or closed before it. The one place that tells a deal closed in the window.
    /// </summary>
    internal DealKind KindAt(DateTime windowStart) =>
        IsOpen ? DealKind.Open : AsOf >= windowStart ? DealKind.ClosedInWindow : DealKind.ClosedBefore;

    /// <summary>Days since the last touch; null when never touched.</summary>
    public double? DaysSinceTouch => LastTouchOn.HasValue ? (AsOf - LastTouchOn.Value).TotalDays : (double?)null;

    /// <summary>
    /// Days since the later of the last touch and the deal's creation: a new deal is not stale, and logging a
    /// touch can only make this smaller.
    /// </summary>
    public double DaysSinceTouchOrCreation
    {
        get
        {
            var reference = LastTouchOn.HasValue && LastTouchOn.Value > CreatedOn ? LastTouchOn.Value : CreatedOn;
            return (AsOf - reference).TotalDays;
        }
    }

    private static bool AnyStageNamed(IList<StageChange>? history)
    {
        for (var i = 0; i < (history?.Count ?? 0); i++)
        {
            if (history![i] != null && !string.IsNullOrWhiteSpace(history[i].Stage))
            {
                return true;
            }
        }

        return false;
    }

    private DateTime? Get(Dates date, DateTime value) => (known & date) != 0 ? value : (DateTime?)null;

    private void Set(Dates date, ref DateTime field, DateTime? value)
    {
        field = value.GetValueOrDefault();
        known = value.HasValue ? known | date : known & ~date;
    }
}
