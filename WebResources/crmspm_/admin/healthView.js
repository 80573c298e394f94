import { h } from "../shared/dom.js";
import { HEALTH_ROW_LIMIT } from "./healthQuery.js";

/**
 * The plug-in health section of the admin page: per step, its failures of the last days, when the newest happened,
 * and why in plain words (the platform's message folded away beneath); "all steps healthy" when there were none.
 */

/** Step class names (crmspm_step) → what a rep was doing, in the strings files. */
const STEP_LABELS = Object.freeze({
  OpportunityChangedPlugin: "healthStepDealSaved",
  ActivityLoggedPlugin: "healthStepActivityLogged",
  TipAnsweredPlugin: "healthStepTipAnswered",
  DealClosedPlugin: "healthStepDealClosed",
  ValidateScoringProfilePlugin: "healthStepProfileSaved",
});

/** .NET exception types (crmspm_errortype, last segment) → the reason in words. */
const REASONS = Object.freeze({
  FormatException: "healthReasonData",
  InvalidCastException: "healthReasonData",
  OverflowException: "healthReasonData",
  TimeoutException: "healthReasonTimeout",
  NullReferenceException: "healthReasonDefect",
  InvalidOperationException: "healthReasonDefect",
  ArgumentException: "healthReasonDefect",
  ArgumentNullException: "healthReasonDefect",
  ArgumentOutOfRangeException: "healthReasonDefect",
  IndexOutOfRangeException: "healthReasonDefect",
  KeyNotFoundException: "healthReasonDefect",
});

/**
 * @param {Spm.StepHealth} health
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @param {Date} now
 * @param {(instant: Date) => string} time the user's clock time of an instant
 * @returns {HTMLElement[]}
 */
export function renderHealth(health, t, format, now, time) {
  const heading = h("h2", { id: "health-title" }, t("healthTitle"));
  if (health.steps.length === 0) {
    return [heading, h("p", { class: "message-bar message-bar-success health-ok" }, t("healthAllGood"))];
  }
  const items = health.steps.map((step) => {
    const label = /** @type {Record<string, Spm.StringKey>} */ (STEP_LABELS)[step.step];
    const reason = /** @type {Record<string, Spm.StringKey>} */ (REASONS)[step.errorType.split(".").pop() || ""] || "healthReasonOther";
    return h("li", { class: "health-step", "data-step": step.step },
      h("div", { class: "health-head" },
        h("strong", null, label ? t(label) : step.step),
        h("span", { class: "health-count" }, t.count("healthFailures", step.count))),
      step.lastOn && h("p", null, t("healthLast", {
        when: `${format.date(step.lastOn)} ${time(step.lastOn)}`,
        ago: format.daysAgo(step.lastOn, now),
        event: step.event,
      })),
      h("p", { class: "health-reason" }, t(reason)),
      step.message && h("details", null, h("summary", null, t("technicalDetails")), h("p", { class: "muted" }, step.message)));
  });
  return [
    heading,
    h("p", { class: "muted" }, t("healthHint")),
    health.capped ? h("p", { class: "message-bar message-bar-warning" }, t("healthCapped", { count: HEALTH_ROW_LIMIT })) : null,
    h("ul", { class: "health-steps" }, ...items),
  ].filter((node) => node !== null);
}
