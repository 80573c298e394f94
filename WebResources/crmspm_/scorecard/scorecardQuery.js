import { ModelState, Scorecard, SystemUser, Tier } from "../shared/schema/scorecard.js";
import { formattedValue, jsonValue, numberValue, textValue } from "../shared/record.js";

/**
 * The manager's whole reporting hierarchy for a period in one round trip: FetchXML on crmspm_scorecard joined to the
 * rep's systemuser (anyone under the signed-in user in the manager hierarchy) and on to the team's
 * crmspm_modelstate (same business unit) for the benchmarks. Rows come back in Core's stored queue rank.
 */

/** FetchXML aliases: the rep's user row and the team's model state. */
const REP_ALIAS = "rep";
const TEAM_ALIAS = "team";

const COLUMNS = Object.freeze([
  Scorecard.id, Scorecard.repLookup, Scorecard.period, Scorecard.adoption, Scorecard.behaviour, Scorecard.winRate,
  Scorecard.quotaAttainment, Scorecard.pipelineCoverage, Scorecard.neededCoverage, Scorecard.tier,
  Scorecard.adoptionTrend, Scorecard.trendHistory, Scorecard.revenueGain, Scorecard.largestGap, Scorecard.queueRank,
  Scorecard.details,
]);

/**
 * `under` matches every user below the manager in the systemuser hierarchy (parentsystemuserid), not only direct
 * reports: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#under
 * @param {string} period e.g. "2026-11"
 * @param {string} managerId the signed-in user's id, without braces
 * @returns {string} the FetchXML, not yet URL-encoded
 */
export function teamScorecardFetchXml(period, managerId) {
  const attributes = COLUMNS.map((column) => `<attribute name="${column}"/>`).join("");
  return `<fetch>` +
    `<entity name="${Scorecard.entity}">${attributes}` +
    `<order attribute="${Scorecard.queueRank}"/>` +
    `<filter><condition attribute="${Scorecard.period}" operator="eq" value="${escapeXml(period)}"/></filter>` +
    `<link-entity name="${SystemUser.entity}" from="${SystemUser.id}" to="${Scorecard.repLookup}" link-type="inner" alias="${REP_ALIAS}">` +
    `<attribute name="${SystemUser.manager}"/>` +
    `<filter><condition attribute="${SystemUser.id}" operator="under" value="${escapeXml(managerId)}"/></filter>` +
    `<link-entity name="${ModelState.entity}" from="${ModelState.businessUnit}" to="${SystemUser.businessUnit}" link-type="outer" alias="${TEAM_ALIAS}">` +
    `<attribute name="${ModelState.benchmarks}"/>` +
    `</link-entity>` +
    `</link-entity>` +
    `</entity></fetch>`;
}

/**
 * @param {Spm.ReadApi} webApi
 * @param {string} period
 * @param {string} managerId
 * @returns {Promise<Record<string, any>[]>}
 */
export async function fetchTeamScorecards(webApi, period, managerId) {
  const fetchXml = teamScorecardFetchXml(period, managerId);
  const result = await webApi.retrieveMultipleRecords(Scorecard.entity, `?fetchXml=${encodeURIComponent(fetchXml)}`);
  return result.entities;
}

/**
 * @param {Record<string, any>} record
 * @param {number} index its place in the server's order
 * @returns {Spm.RepRow}
 */
export function toRepRow(record, index) {
  const benchmarks = jsonValue(record, `${TEAM_ALIAS}.${ModelState.benchmarks}`, isBenchmarks, { behaviours: [] });
  const tier = numberValue(record, Scorecard.tier);
  const details = jsonValue(record, Scorecard.details, isObject, {});
  return {
    repId: textValue(record, Scorecard.rep),
    repName: formattedValue(record, Scorecard.rep) || "",
    managerName: formattedValue(record, `${REP_ALIAS}.${SystemUser.manager}`) || "",
    adoption: numberValue(record, Scorecard.adoption),
    behaviour: numberValue(record, Scorecard.behaviour),
    winRate: numberValue(record, Scorecard.winRate),
    quotaAttainment: numberValue(record, Scorecard.quotaAttainment),
    pipelineCoverage: numberValue(record, Scorecard.pipelineCoverage),
    neededCoverage: numberValue(record, Scorecard.neededCoverage),
    tier: tier === null ? Tier.notTiered : tier,
    tierLabel: formattedValue(record, Scorecard.tier) || "",
    tierReason: typeof details.tier === "string" ? details.tier : "",
    queueRank: numberValue(record, Scorecard.queueRank),
    queueGain: details.queue && typeof details.queue.gain === "string" ? details.queue.gain : "",
    adoptionTrend: numberValue(record, Scorecard.adoptionTrend),
    trendHistory: jsonValue(record, Scorecard.trendHistory, isNumberList, []),
    revenueGain: numberValue(record, Scorecard.revenueGain),
    revenueGainLabel: formattedValue(record, Scorecard.revenueGain) || "",
    largestGap: textValue(record, Scorecard.largestGap),
    practices: benchmarks.behaviours.filter(isPractice),
    needOrder: needOrder(record, index),
  };
}

/**
 * The row's place in the coaching queue's order: Core's stored rank; reps outside the queue after everyone in it.
 * @param {Record<string, any>} record
 * @param {number} index
 * @returns {number}
 */
function needOrder(record, index) {
  const rank = numberValue(record, Scorecard.queueRank);
  return rank !== null ? rank : 100000 + index;
}

/**
 * The practices of the team's benchmarks (behaviours with isPractice). Reps of one team carry the same benchmarks;
 * a manager whose reports span teams sees the first team's.
 * @param {Spm.RepRow[]} rows
 * @returns {Spm.Practice[]}
 */
export function teamPractices(rows) {
  const row = rows.find((candidate) => candidate.practices.length > 0);
  return row ? row.practices : [];
}

/**
 * The period key of a moment in the user's time zone ("2026-11"), and the `back` periods before it.
 * @param {Date} now
 * @param {number} offsetMinutes
 * @param {number} [back]
 * @returns {string}
 */
export function periodOf(now, offsetMinutes, back) {
  const local = new Date(now.getTime() + offsetMinutes * 60000);
  const month = local.getUTCFullYear() * 12 + local.getUTCMonth() - (back || 0);
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/**
 * How much of the period has gone by at `now` (0–1), for quota pacing; 1 for a past period.
 * @param {string} period
 * @param {Date} now
 * @param {number} offsetMinutes
 * @returns {number}
 */
export function elapsedShare(period, now, offsetMinutes) {
  const [year, month] = period.split("-").map(Number);
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year, month, 1);
  const local = now.getTime() + offsetMinutes * 60000;
  return Math.min(1, Math.max(0, (local - start) / (end - start)));
}

/**
 * @param {any} value
 * @returns {value is Record<string, any>}
 */
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * @param {any} value
 * @returns {value is { behaviours: unknown[] }}
 */
function isBenchmarks(value) {
  return value !== null && typeof value === "object" && Array.isArray(value.behaviours);
}

/**
 * @param {unknown} value
 * @returns {value is number[]}
 */
function isNumberList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "number" && Number.isFinite(item));
}

/**
 * A behaviour the benchmarks mark as a practice (isPractice), with its label.
 * @param {any} value
 * @returns {value is Spm.Practice}
 */
function isPractice(value) {
  return value !== null && typeof value === "object" && typeof value.label === "string" && value.isPractice === true;
}

/**
 * @param {string} text
 * @returns {string}
 */
function escapeXml(text) {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
