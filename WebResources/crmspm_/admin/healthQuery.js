import { PluginHealth } from "../shared/schema/pluginHealth.js";
import { dateValue, textValue } from "../shared/record.js";

/**
 * The plug-in health section's one Web API call: the step failures of the last days (crmspm_pluginhealth rows the
 * plug-ins write when a rep's save survived a failure of ours), newest first, summarised per step.
 */

export const HEALTH_WINDOW_DAYS = 7;
/** More rows than this are not read: the counts then say "N+". */
export const HEALTH_ROW_LIMIT = 5000;
const DAY_MS = 86400000;

/**
 * @param {Date} now
 * @returns {string} the query options
 */
export function stepFailureOptions(now) {
  const since = new Date(now.getTime() - HEALTH_WINDOW_DAYS * DAY_MS).toISOString();
  return `?$select=${PluginHealth.step},${PluginHealth.event},${PluginHealth.errorType},${PluginHealth.errorMessage},${PluginHealth.occurredOn}` +
    `&$filter=${PluginHealth.kind} eq ${PluginHealth.kindStepFailure} and ${PluginHealth.occurredOn} ge ${since}` +
    `&$orderby=${PluginHealth.occurredOn} desc&$top=${HEALTH_ROW_LIMIT}`;
}

/**
 * @param {Spm.ReadApi} webApi
 * @param {Date} now
 * @returns {Promise<Spm.StepHealth>}
 */
export async function fetchStepHealth(webApi, now) {
  const result = await webApi.retrieveMultipleRecords(PluginHealth.entity, stepFailureOptions(now));
  return summariseFailures(result.entities);
}

/**
 * One line per step: how many failures, and the newest one's time, event and error. Rows come newest first, but
 * the newest is compared anyway, so the summary does not depend on the order the server returned.
 * @param {Record<string, any>[]} records
 * @returns {Spm.StepHealth}
 */
export function summariseFailures(records) {
  /** @type {Map<string, Spm.StepFailures>} */
  const steps = new Map();
  for (const record of records) {
    const step = textValue(record, PluginHealth.step) || "?";
    const on = dateValue(record, PluginHealth.occurredOn);
    const known = steps.get(step);
    if (known) known.count += 1;
    if (known && (!on || (known.lastOn && known.lastOn >= on))) continue;
    steps.set(step, {
      step,
      count: known ? known.count : 1,
      lastOn: on,
      event: textValue(record, PluginHealth.event),
      errorType: textValue(record, PluginHealth.errorType),
      message: textValue(record, PluginHealth.errorMessage),
    });
  }
  const list = [...steps.values()].sort((a, b) => (b.lastOn ? b.lastOn.getTime() : 0) - (a.lastOn ? a.lastOn.getTime() : 0));
  return { steps: list, capped: records.length >= HEALTH_ROW_LIMIT };
}
