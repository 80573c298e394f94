import { Task } from "../shared/schema/task.js";

/** Columns every view of tips reads, for $select. */
export const TIP_COLUMNS = Object.freeze([
  Task.id, Task.subject, Task.description, Task.scheduledEnd, Task.ruleId, Task.severity,
  Task.evidence, Task.benchmark, Task.trainingLink,
]);

/**
 * The OData filter for tips that are open and not snoozed past `now`.
 * @param {Date} now
 * @returns {string}
 */
export function openTipFilter(now) {
  return `${Task.stateCode} eq 0 and ${Task.ruleId} ne null` +
    ` and (${Task.snoozedUntil} eq null or ${Task.snoozedUntil} le ${now.toISOString()})`;
}
