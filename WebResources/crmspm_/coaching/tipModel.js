import { Severity, Task } from "../shared/schema/task.js";
import { dateValue, formattedValue, jsonValue, numberValue, textValue } from "../shared/record.js";

/** Reads coaching tips (`task` rows the plugins write) into what the panels show, and orders them. */

/**
 * Core writes the description as "action\nmeasure — You: … · Top performers: …\nLearn more: link" (docs/scoring.md,
 * "Tip policy"); tips raised before that read "message\n\nWhat to do: action\nLearn more: link".
 */
const ACTION_LINE = /^\s*What to do:\s*/i;
const LINK_LINE = /^\s*Learn more:\s*/i;
/** Evidence the card shows as "You: … · Top performers: …" rather than in the details. */
const OBSERVED = "observed";
const BENCHMARK = "benchmark";

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isEvidenceObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * "daysInStage" → "Days in stage": evidence keys come from the rules, so they are shown in words.
 * @param {string} key
 * @returns {string}
 */
function evidenceLabel(key) {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[-_]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The title without the record's own name: "Touch this deal: Contoso renewal" on Contoso renewal's form is
 * "Touch this deal".
 * @param {string} title
 * @param {string} recordName
 * @returns {string}
 */
export function titleWithout(title, recordName) {
  const suffix = `: ${recordName}`;
  return recordName && title.length > suffix.length && title.slice(-suffix.length) === suffix
    ? title.slice(0, -suffix.length)
    : title;
}

/**
 * Splits the description into the what (action) and the why (message): the action is the "What to do:" line of an
 * older tip, otherwise the first of two or more lines; the training link line is dropped (the link has its own column).
 * @param {string} description
 * @returns {{ message: string, action: string }}
 */
function splitDescription(description) {
  const lines = description.split(/\r?\n/).filter((line) => !LINK_LINE.test(line));
  const legacy = lines.find((line) => ACTION_LINE.test(line));
  if (legacy !== undefined) {
    return {
      message: lines.filter((line) => line !== legacy).join("\n").trim(),
      action: legacy.replace(ACTION_LINE, "").trim(),
    };
  }
  const text = lines.filter((line) => line.trim() !== "");
  // Core's wording always has the action and its evidence line; a lone line is an older tip's message.
  if (text.length < 2) return { message: text.join("").trim(), action: "" };
  return { message: text.slice(1).join("\n").trim(), action: text[0].trim() };
}

/**
 * @param {Record<string, any>} record a task row from the Web API
 * @param {string} [recordName] the record whose form shows the tip (its name is left out of the title)
 * @returns {Spm.Tip}
 */
export function toTip(record, recordName) {
  const evidence = jsonValue(record, Task.evidence, isEvidenceObject, {});
  /** @param {unknown} value */
  const shown = (value) => value !== null && value !== undefined && typeof value !== "object" && String(value) !== "";
  const severity = numberValue(record, Task.severity);
  const { message, action } = splitDescription(textValue(record, Task.description));
  return {
    id: textValue(record, Task.id),
    ruleId: textValue(record, Task.ruleId),
    title: titleWithout(textValue(record, Task.subject), recordName || ""),
    message,
    action,
    severity: severity === null ? Severity.low : severity,
    severityLabel: formattedValue(record, Task.severity) || "",
    you: shown(evidence[OBSERVED]) ? String(evidence[OBSERVED]) : "",
    top: shown(evidence[BENCHMARK]) ? String(evidence[BENCHMARK]) : "",
    evidence: Object.keys(evidence)
      .filter((key) => key !== OBSERVED && key !== BENCHMARK && shown(evidence[key]))
      .map((key) => /** @type {[string, string]} */ ([evidenceLabel(key), String(evidence[key])])),
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
