using System;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>One dated thing a rep did to a deal in the generated history.</summary>
/// <param name="When">When it happened: the org's clock is set to it before the call.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Deal">The deal concerned.</param>
/// <param name="DealOrder">The deal's position in the generated org (breaks ties between deals).</param>
/// <param name="Activity">The activity, for <see cref="ReplayEventKind.ActivityCompleted"/> and <see cref="ReplayEventKind.TaskPlanned"/>.</param>
/// <param name="NewCloseDate">The new estimated close date, for <see cref="ReplayEventKind.CloseDatePushed"/>.</param>
/// <param name="Stage">The stage entered, for <see cref="ReplayEventKind.StageChanged"/> (and the first stage on creation).</param>
/// <param name="WithNextStep">On creation: the next step is typed in with the deal (no conversation came before it).</param>
public sealed record ReplayEvent(
    DateTime When,
    ReplayEventKind Kind,
    Opportunity Deal,
    int DealOrder,
    Activity? Activity = null,
    DateTime? NewCloseDate = null,
    string? Stage = null,
    bool WithNextStep = false);
