import { Opportunity } from "../shared/schema/opportunity.js";
import { dateValue, formattedValue, numberValue, textValue } from "../shared/record.js";

/**
 * A rep's open deals that need attention, for the scorecard's drill-down: one Web API round trip per drill-down.
 */

/** Needs attention: a low score, a close date pushed this often, or no touch for this many days. */
export const ATTENTION_SCORE = 40;
export const ATTENTION_PUSHES = 2;
export const ATTENTION_IDLE_DAYS = 14;

/**
 * @param {string} repId
 * @param {Date} now
 * @returns {string}
 */
export function repDealsOptions(repId, now) {
  const idleSince = new Date(now.getTime() - ATTENTION_IDLE_DAYS * 86400000).toISOString();
  const columns = [Opportunity.id, Opportunity.name, Opportunity.estimatedValue, Opportunity.estimatedCloseDate,
    Opportunity.dealScore, Opportunity.lastTouchOn, Opportunity.closeDatePushCount];
  const attention = `${Opportunity.dealScore} lt ${ATTENTION_SCORE}` +
    ` or ${Opportunity.closeDatePushCount} ge ${ATTENTION_PUSHES}` +
    ` or ${Opportunity.lastTouchOn} lt ${idleSince} or ${Opportunity.lastTouchOn} eq null`;
  return `?$select=${columns.join(",")}` +
    `&$filter=${Opportunity.owner} eq ${repId} and ${Opportunity.stateCode} eq 0 and (${attention})` +
    `&$orderby=${Opportunity.dealScore} asc`;
}

/**
 * @param {Spm.ReadApi} webApi
 * @param {string} repId
 * @param {Date} now
 * @param {Spm.Translate} t
 * @returns {Promise<Spm.DealNeedingAttention[]>}
 */
export async function fetchRepDeals(webApi, repId, now, t) {
  const result = await webApi.retrieveMultipleRecords(Opportunity.entity, repDealsOptions(repId, now));
  return result.entities.map((record) => toDeal(record, now, t));
}

/**
 * Why a deal is in the drill-down, by the same three tests as the query's filter.
 * @param {{ score: number | null, closeDatePushes: number, lastTouch: Date | null }} deal
 * @param {Date} now
 * @param {Spm.Translate} t
 * @returns {string[]}
 */
export function attentionReasons(deal, now, t) {
  const idleSince = now.getTime() - ATTENTION_IDLE_DAYS * 86400000;
  return [
    deal.score !== null && deal.score < ATTENTION_SCORE && t("flagLowScore", { score: ATTENTION_SCORE }),
    deal.closeDatePushes >= ATTENTION_PUSHES && t.count("flagPushed", deal.closeDatePushes),
    (deal.lastTouch === null || deal.lastTouch.getTime() < idleSince) && t("flagIdle", { days: ATTENTION_IDLE_DAYS }),
  ].filter((reason) => typeof reason === "string");
}

/**
 * @param {Record<string, any>} record
 * @param {Date} now
 * @param {Spm.Translate} t
 * @returns {Spm.DealNeedingAttention}
 */
function toDeal(record, now, t) {
  const deal = {
    id: textValue(record, Opportunity.id),
    name: textValue(record, Opportunity.name),
    value: formattedValue(record, Opportunity.estimatedValue) || "",
    amount: numberValue(record, Opportunity.estimatedValue),
    closeDate: dateValue(record, Opportunity.estimatedCloseDate),
    score: numberValue(record, Opportunity.dealScore),
    lastTouch: dateValue(record, Opportunity.lastTouchOn),
    closeDatePushes: numberValue(record, Opportunity.closeDatePushCount) || 0,
    reasons: /** @type {string[]} */ ([]),
  };
  deal.reasons = attentionReasons(deal, now, t);
  return deal;
}
