import { Opportunity } from "../shared/schema/opportunity.js";
import { Task } from "../shared/schema/task.js";
import { byUrgency, toTip } from "./tipModel.js";

/** How both coaching panels ask for a deal's open tips (Opportunity_Tasks) and read them back. */

/** Columns every view of tips reads, for $select. */
export const TIP_COLUMNS = Object.freeze([
  Task.id, Task.subject, Task.description, Task.scheduledEnd, Task.ruleId, Task.severity,
  Task.evidence, Task.benchmark, Task.trainingLink,
]);

/**
 * The `$expand` of a deal's tips that are open and not snoozed past `now`.
 * @param {Date} now
 * @param {string} [orderBy] `$orderby`, where the server allows one (not in a nested $expand)
 * @returns {string}
 */
export function openTipsExpand(now, orderBy) {
  const filter = `${Task.stateCode} eq 0 and ${Task.ruleId} ne null` +
    ` and (${Task.snoozedUntil} eq null or ${Task.snoozedUntil} le ${now.toISOString()})`;
  return `${Opportunity.tasks}($select=${TIP_COLUMNS.join(",")};$filter=${filter}${orderBy ? ";$orderby=" + orderBy : ""})`;
}

/**
 * The expanded tips of a deal row, most urgent first; titles leave out the deal's own name.
 * @param {Spm.WebApiRecord} deal
 * @returns {Spm.Tip[]}
 */
export function tipsOf(deal) {
  const tasks = Array.isArray(deal[Opportunity.tasks]) ? deal[Opportunity.tasks] : [];
  const name = typeof deal[Opportunity.name] === "string" ? deal[Opportunity.name] : "";
  return tasks.map((/** @type {Spm.WebApiRecord} */ task) => toTip(task, name)).sort(byUrgency);
}
