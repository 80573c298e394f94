using System.Collections.Generic;
using System.Text.Json.Nodes;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Coaching.Reinforcement;

namespace CrmSpm.Salesforce.Sync;

/// <summary>A tip task to upsert: shown (again) when <see cref="Reopen"/>, else an open tip whose content changed.</summary>
public sealed record TipWrite(CoachingTip Tip, JsonObject Fields, string Fingerprint, bool Reopen, TipShowState Show);

/// <summary>An open tip task to close because its condition cleared (or a newer period's tip replaced it).</summary>
public sealed record TipClose(string Key, string TaskId, TipShowState Show);

/// <summary>The writes of one run, and the tips Core's policy held back (budget, contradiction) for a later run.</summary>
public sealed record TipPlan(IReadOnlyList<TipWrite> Writes, IReadOnlyList<TipClose> Closes, IReadOnlyList<DeferredTip> Deferred);
