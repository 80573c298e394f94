/** Coaching tips are `task` rows: the names and choice values the panels read and write (docs/data-model.md). */
export const Task = Object.freeze({
  entity: "task",
  id: "activityid",
  subject: "subject",
  description: "description",
  scheduledEnd: "scheduledend",
  stateCode: "statecode",
  statusCode: "statuscode",
  ruleId: "crmspm_ruleid",
  severity: "crmspm_severity",
  evidence: "crmspm_evidence",
  benchmark: "crmspm_benchmark",
  trainingLink: "crmspm_traininglink",
  response: "crmspm_response",
  dismissReason: "crmspm_dismissreason",
  snoozedUntil: "crmspm_snoozeduntil",
  /** Yes/no: the rep's like (true) or dislike (false) of the tip; empty until they rate it. */
  helpful: "crmspm_helpful",
});

export const StateCode = Object.freeze({ open: 0, completed: 1, canceled: 2 });

/** Task status reasons that belong to the completed and canceled states. */
export const TaskStatus = Object.freeze({ completed: 5, canceled: 6 });

export const Severity = Object.freeze({ low: 100000000, medium: 100000001, high: 100000002 });

export const TipResponse = Object.freeze({ done: 100000000, dismissed: 100000001, snoozed: 100000002 });
