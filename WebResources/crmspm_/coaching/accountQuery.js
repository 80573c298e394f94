import { Account } from "../shared/schema/account.js";
import { Opportunity } from "../shared/schema/opportunity.js";
import { bareId } from "../shared/ids.js";
import { dateValue, jsonValue, numberValue, textValue } from "../shared/record.js";
import { openTipsExpand, tipsOf } from "./tipQuery.js";

/**
 * Everything the account panel shows, in one Web API round trip: the account's open deals expanded through
 * opportunity_parent_account, each with its open tips expanded through Opportunity_Tasks (a nested $expand, which
 * rules out $orderby there, so the panel sorts).
 */

/** A deal below this score, or one that lost this many points since its last change, counts as at risk. */
export const AT_RISK_SCORE = 40;
export const AT_RISK_DROP = 10;

/**
 * @param {Date} now
 * @returns {string}
 */
export function accountEngagementOptions(now) {
  const dealColumns = [
    Opportunity.id, Opportunity.name, Opportunity.dealScore, Opportunity.previousDealScore,
    Opportunity.lastTouchOn, Opportunity.parentContact, Opportunity.touchLog,
  ];
  const dealExpand = `${Account.opportunities}($select=${dealColumns.join(",")};` +
    `$filter=${Opportunity.stateCode} eq 0;$expand=${openTipsExpand(now)})`;
  return `?$select=${Account.name},${Account.lastTouchOn}&$expand=${dealExpand}`;
}

/**
 * @param {Spm.DataApi} webApi
 * @param {string} accountId without braces
 * @param {Date} now
 * @returns {Promise<Record<string, any>>}
 */
export async function fetchAccountEngagement(webApi, accountId, now) {
  return webApi.retrieveRecord(Account.entity, accountId, accountEngagementOptions(now));
}

/**
 * @param {Record<string, any>} record the account with its expanded deals and tips
 * @returns {Spm.AccountEngagement}
 */
export function toAccountEngagement(record) {
  /** @type {Record<string, any>[]} */
  const rows = Array.isArray(record[Account.opportunities]) ? record[Account.opportunities] : [];
  const deals = rows.map(toDeal).sort(byRisk);
  const touches = deals.flatMap((deal) => (deal.lastTouch ? [deal.lastTouch] : []));
  const latestDealTouch = touches.length === 0 ? null : new Date(Math.max(...touches.map((date) => date.getTime())));
  return {
    deals,
    lastTouch: dateValue(record, Account.lastTouchOn) || latestDealTouch,
    contactsEngaged: new Set(deals.flatMap((deal) => deal.contactIds)).size,
    dealsAtRisk: deals.filter((deal) => deal.atRisk).length,
    tipCount: deals.reduce((sum, deal) => sum + deal.tips.length, 0),
  };
}

/**
 * @param {Record<string, any>} row
 * @returns {Spm.AccountDeal}
 */
function toDeal(row) {
  const score = numberValue(row, Opportunity.dealScore);
  const previous = numberValue(row, Opportunity.previousDealScore);
  return {
    id: textValue(row, Opportunity.id),
    name: textValue(row, Opportunity.name),
    score,
    atRisk: score !== null && (score < AT_RISK_SCORE || (previous !== null && previous - score >= AT_RISK_DROP)),
    lastTouch: dateValue(row, Opportunity.lastTouchOn),
    contactIds: contactsOf(row),
    tips: tipsOf(row),
  };
}

/**
 * The deal's main contact and every contact its touch log names.
 * @param {Spm.WebApiRecord} row
 * @returns {string[]}
 */
function contactsOf(row) {
  const log = jsonValue(row, Opportunity.touchLog, Array.isArray, []);
  const ids = log.map((touch) => (touch && typeof touch.contact === "string" ? bareId(touch.contact) : ""));
  return [textValue(row, Opportunity.parentContact), ...ids].filter((id) => id !== "");
}

/**
 * At-risk deals first, then the lowest score; unscored deals last.
 * @param {Spm.AccountDeal} a
 * @param {Spm.AccountDeal} b
 * @returns {number}
 */
function byRisk(a, b) {
  if (a.atRisk !== b.atRisk) return a.atRisk ? -1 : 1;
  return (a.score === null ? 101 : a.score) - (b.score === null ? 101 : b.score);
}
