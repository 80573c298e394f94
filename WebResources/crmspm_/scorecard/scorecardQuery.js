import { ModelState, Scorecard, SystemUser, Tier } from "../shared/schema/scorecard.js";
import { formattedValue, jsonValue, numberValue, textValue, valueOr } from "../shared/record.js";

/**
 * The manager's team for a period in one round trip: FetchXML on crmspm_scorecard joined to the rep's systemuser
 * (manager = signed-in user) and on to the team's crmspm_modelstate (same business unit) for the benchmarks.
 */

/** FetchXML alias of the model-state join: its column comes back as `team.crmspm_benchmarks`. */
const TEAM_ALIAS = "team";

const COLUMNS = Object.freeze([
  Scorecard.id, Scorecard.repLookup, Scorecard.period, Scorecard.adoption, Scorecard.behaviour, Scorecard.winRate,
  Scorecard.quotaAttainment, Scorecard.pipelineCoverage, Scorecard.neededCoverage, Scorecard.tier,
  Scorecard.adoptionTrend, Scorecard.trendHistory, Scorecard.revenueGain, Scorecard.largestGap,
]);

/**
 * @param {string} period e.g. "2026-11"
 * @returns {string} the FetchXML, not yet URL-encoded
 */
export function teamScorecardFetchXml(period) {
  const attributes = COLUMNS.map((column) => `<attribute name="${column}"/>`).join("");
  return `<fetch>` +
    `<entity name="${Scorecard.entity}">${attributes}` +
    `<filter><condition attribute="${Scorecard.period}" operator="eq" value="${escapeXml(period)}"/></filter>` +
    `<link-entity name="${SystemUser.entity}" from="${SystemUser.id}" to="${Scorecard.repLookup}" link-type="inner" alias="rep">` +
    `<filter><condition attribute="${SystemUser.manager}" operator="eq-userid"/></filter>` +
    `<link-entity name="${ModelState.entity}" from="${ModelState.businessUnit}" to="${SystemUser.businessUnit}" link-type="outer" alias="${TEAM_ALIAS}">` +
    `<attribute name="${ModelState.benchmarks}"/>` +
    `</link-entity>` +
    `</link-entity>` +
    `</entity></fetch>`;
}

/**
 * @param {Spm.ReadApi} webApi
 * @param {string} period
 * @returns {Promise<Record<string, any>[]>}
 */
export async function fetchTeamScorecards(webApi, period) {
  const result = await webApi.retrieveMultipleRecords(Scorecard.entity, `?fetchXml=${encodeURIComponent(teamScorecardFetchXml(period))}`);
  return result.entities;
}

/**
 * @param {Record<string, any>} record
 * @returns {Spm.RepRow}
 */
export function toRepRow(record) {
  const benchmarks = jsonValue(record, `${TEAM_ALIAS}.${ModelState.benchmarks}`, isBenchmarks, { behaviours: [] });
  return {
    repId: textValue(record, Scorecard.rep),
    repName: valueOr(formattedValue(record, Scorecard.rep), ""),
    adoption: numberValue(record, Scorecard.adoption),
    behaviour: numberValue(record, Scorecard.behaviour),
    winRate: numberValue(record, Scorecard.winRate),
    quotaAttainment: numberValue(record, Scorecard.quotaAttainment),
    pipelineCoverage: numberValue(record, Scorecard.pipelineCoverage),
    neededCoverage: numberValue(record, Scorecard.neededCoverage),
    tier: valueOr(numberValue(record, Scorecard.tier), Tier.notTiered),
    tierLabel: valueOr(formattedValue(record, Scorecard.tier), ""),
    adoptionTrend: numberValue(record, Scorecard.adoptionTrend),
    trendHistory: jsonValue(record, Scorecard.trendHistory, isNumberList, []),
    revenueGain: numberValue(record, Scorecard.revenueGain),
    revenueGainLabel: valueOr(formattedValue(record, Scorecard.revenueGain), ""),
    largestGap: textValue(record, Scorecard.largestGap),
    practices: benchmarks.behaviours.filter(isPractice),
  };
}

/**
 * The practices of the team's benchmarks (behaviours with isPractice). Reps of one team carry the same benchmarks;
 * a manager whose reports span teams sees the first team's.
 * @param {Spm.RepRow[]} rows
 * @returns {Spm.Practice[]}
 */
export function teamPractices(rows) {
  const top = rows.find((row) => row.practices.length > 0);
  return valueOr(top && top.practices, []);
}

/**
 * The period key of a moment in the user's time zone ("2026-11").
 * @param {Date} now
 * @param {number} offsetMinutes
 * @returns {string}
 */
export function periodOf(now, offsetMinutes) {
  const local = new Date(now.getTime() + offsetMinutes * 60000);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, "0")}`;
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
