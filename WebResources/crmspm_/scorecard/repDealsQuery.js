import { Opportunity } from "../shared/schema/opportunity.js";
import { dateValue, formattedValue, numberValue, textValue, valueOr } from "../shared/record.js";

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
 * @returns {Promise<Spm.DealNeedingAttention[]>}
 */
export async function fetchRepDeals(webApi, repId, now) {
  const result = await webApi.retrieveMultipleRecords(Opportunity.entity, repDealsOptions(repId, now));
  return result.entities.map(toDeal);
}

/**
 * @param {Record<string, any>} record
 * @returns {Spm.DealNeedingAttention}
 */
function toDeal(record) {
  return {
    id: textValue(record, Opportunity.id),
    name: textValue(record, Opportunity.name),
    value: valueOr(formattedValue(record, Opportunity.estimatedValue), ""),
    closeDate: dateValue(record, Opportunity.estimatedCloseDate),
    score: numberValue(record, Opportunity.dealScore),
    lastTouch: dateValue(record, Opportunity.lastTouchOn),
    closeDatePushes: valueOr(numberValue(record, Opportunity.closeDatePushCount), 0),
  };
}
