import { h } from "../shared/dom.js";

/** The coaching queue (reps ranked by revenue gain, with what to coach) and the top performers' practices. */

/**
 * Reps with a positive revenue gain, largest first.
 * @param {Spm.RepRow[]} rows
 * @returns {Spm.RepRow[]}
 */
export function rankCoachingQueue(rows) {
  return rows
    .filter((row) => row.revenueGain !== null && row.revenueGain > 0)
    .sort((a, b) => /** @type {number} */ (b.revenueGain) - /** @type {number} */ (a.revenueGain));
}

/**
 * @param {Spm.RepRow[]} queue already ranked
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement}
 */
export function renderCoachingQueue(queue, t, format) {
  return h("section", { class: "card", "aria-labelledby": "queue-title" },
    h("h2", { id: "queue-title", class: "section-title" }, t("coachingQueue")),
    queue.length === 0
      ? h("p", { class: "state state-empty" }, t("noQueue"))
      : h("ol", { class: "queue" }, queue.map((row) => h("li", { "data-rep-id": row.repId },
        h("span", { class: "queue-rep" }, row.repName),
        h("span", { class: "queue-gain" }, h("span", { class: "visually-hidden" }, t("revenueGain"), ": "),
          row.revenueGainLabel || format.number(/** @type {number} */ (row.revenueGain))),
        row.largestGap && h("span", { class: "queue-gap" }, t("largestGap"), ": ", row.largestGap)))));
}

/**
 * @param {Spm.Practice[]} practices
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement}
 */
export function renderPractices(practices, t, format) {
  /** @param {number | null} value @param {string} unit */
  const measure = (value, unit) => (value === null ? "–" : `${format.number(value, 1)} ${unit}`.trim());
  return h("section", { class: "card", "aria-labelledby": "practices-title" },
    h("h2", { id: "practices-title", class: "section-title" }, t("practices")),
    practices.length === 0
      ? h("p", { class: "state state-empty" }, t("noPractices"))
      : h("ul", { class: "practices" }, practices.map((practice) => h("li", null,
        h("span", { class: "practice-label" }, practice.label),
        h("span", { class: "muted" },
          `${t("topPerformers")}: ${measure(practice.aBenchmark, practice.unit)} · ${t("bTierReps")}: ${measure(practice.bValue, practice.unit)}`)))));
}
