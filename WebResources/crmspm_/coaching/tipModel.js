import { Severity, Task } from "../shared/schema/task.js";
import { dateValue, formattedValue, jsonValue, numberValue, textValue, valueOr } from "../shared/record.js";

/** Reads coaching tips (`task` rows the plugins write) into what the panels show, and orders them. */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isEvidenceObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * "observedDays" → "Observed days": evidence keys come from the rules, so they are shown in words.
 * @param {string} key
 * @returns {string}
 */
function evidenceLabel(key) {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[-_]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * @param {Record<string, any>} record a task row from the Web API
 * @returns {Spm.Tip}
 */
export function toTip(record) {
  const evidence = jsonValue(record, Task.evidence, isEvidenceObject, {});
  const severity = valueOr(numberValue(record, Task.severity), Severity.low);
  return {
    id: textValue(record, Task.id),
    ruleId: textValue(record, Task.ruleId),
    title: textValue(record, Task.subject),
    message: textValue(record, Task.description),
    severity,
    severityLabel: valueOr(formattedValue(record, Task.severity), ""),
    evidence: Object.entries(evidence)
      .filter(([, value]) => value !== null && value !== undefined && typeof value !== "object")
      .map(([key, value]) => [evidenceLabel(key), String(value)]),
    benchmark: textValue(record, Task.benchmark),
    trainingLink: textValue(record, Task.trainingLink),
    due: dateValue(record, Task.scheduledEnd),
  };
}

/**
 * High severity first, then the earliest due date.
 * @param {Spm.Tip} a
 * @param {Spm.Tip} b
 * @returns {number}
 */
export function byUrgency(a, b) {
  if (a.severity !== b.severity) return b.severity - a.severity;
  const aDue = a.due ? a.due.getTime() : Number.MAX_SAFE_INTEGER;
  const bDue = b.due ? b.due.getTime() : Number.MAX_SAFE_INTEGER;
  return aDue - bDue;
}
