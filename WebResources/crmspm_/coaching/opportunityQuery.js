import { Opportunity } from "../shared/schema/opportunity.js";
import { Task } from "../shared/schema/task.js";
import { jsonValue, numberValue } from "../shared/record.js";
import { openTipsExpand, tipsOf } from "./tipQuery.js";

/**
 * Everything the opportunity panel shows, in one Web API round trip: the deal's score columns with its open tips
 * expanded through Opportunity_Tasks.
 */

/**
 * The retrieveRecord options: `$select` on the deal and a filtered `$expand` of its open, unsnoozed tips.
 * @param {Date} now tips snoozed until after this stay hidden
 * @returns {string}
 */
export function opportunityCoachingOptions(now) {
  const dealColumns = [Opportunity.name, Opportunity.dealScore, Opportunity.previousDealScore, Opportunity.dealScoreReasons,
    Opportunity.dealScoreHistory];
  return `?$select=${dealColumns.join(",")}&$expand=${openTipsExpand(now, `${Task.severity} desc,${Task.scheduledEnd} asc`)}`;
}

/**
 * The raw Web API record; `toOpportunityCoaching` reads it (kept apart so the render timing includes the reading).
 * @param {Spm.DataApi} webApi
 * @param {string} opportunityId without braces
 * @param {Date} now
 * @returns {Promise<Record<string, any>>}
 */
export async function fetchOpportunityCoaching(webApi, opportunityId, now) {
  return webApi.retrieveRecord(Opportunity.entity, opportunityId, opportunityCoachingOptions(now));
}

/**
 * @param {Record<string, any>} record the opportunity with its expanded tips
 * @returns {Spm.OpportunityCoaching}
 */
export function toOpportunityCoaching(record) {
  return {
    name: typeof record[Opportunity.name] === "string" ? record[Opportunity.name] : "",
    score: numberValue(record, Opportunity.dealScore),
    previousScore: numberValue(record, Opportunity.previousDealScore),
    reasons: jsonValue(record, Opportunity.dealScoreReasons, isReasonList, []),
    history: historyOf(record),
    tips: tipsOf(record),
    moreTips: typeof record[`${Opportunity.tasks}@odata.nextLink`] === "string",
  };
}

/**
 * @param {unknown} value
 * @returns {value is Spm.ScoreReason[]}
 */
function isReasonList(value) {
  return Array.isArray(value) && value.every((reason) =>
    reason !== null && typeof reason === "object" && typeof reason.text === "string" && typeof reason.impact === "number");
}

/**
 * The score history, oldest first; entries with an unreadable date or a score outside 0–100 are left out.
 * @param {Spm.WebApiRecord} record
 * @returns {Spm.ScoreHistoryEntry[]}
 */
function historyOf(record) {
  const entries = jsonValue(record, Opportunity.dealScoreHistory, Array.isArray, []);
  return entries
    .map((/** @type {any} */ entry) => ({
      on: new Date(entry && typeof entry.on === "string" ? entry.on : Number.NaN),
      score: entry && typeof entry.score === "number" ? entry.score : Number.NaN,
    }))
    .filter((entry) => !Number.isNaN(entry.on.getTime()) && entry.score >= 0 && entry.score <= 100)
    .sort((a, b) => a.on.getTime() - b.on.getTime());
}
