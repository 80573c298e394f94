import { h } from "../shared/dom.js";
import { emptyState } from "../shared/panelState.js";

/** The coaching queue (reps ranked by revenue gain, with what to coach) and the top performers' practices. */

/**
 * Reps with a positive revenue gain, largest first.
 * @param {Spm.RepRow[]} rows
 * @returns {Spm.RepRow[]}
 */
export function rankCoachingQueue(rows) {
  return rows
    .filter((row) => (row.revenueGain || 0) > 0)
    .sort((a, b) => (b.revenueGain || 0) - (a.revenueGain || 0));
}

/**
 * @param {Spm.RepRow[]} queue already ranked
 * @param {Spm.ScorecardPage} page
 */
export function renderCoachingQueue(queue, { t, format }) {
  return listCard("queue", t("coachingQueue"), t("noQueue"), h("ol", { class: "queue" }, queue.map((row) => h("li", { "data-rep-id": row.repId },
    h("span", { class: "queue-rep" }, row.repName),
    h("span", { class: "queue-gain" }, h("span", { class: "visually-hidden" }, t("revenueGain"), ": "),
      row.revenueGainLabel || format.number(row.revenueGain || 0)),
    row.largestGap && h("span", { class: "queue-gap" }, t("largestGap"), ": ", row.largestGap)))));
}

/**
 * @param {Spm.Practice[]} practices
 * @param {Spm.ScorecardPage} page
 */
export function renderPractices(practices, { t, format }) {
  /** @param {number | null} value @param {string} unit */
  const measure = (value, unit) => (value === null ? "–" : `${format.number(value, 1)} ${unit}`.trim());
  return listCard("practices", t("practices"), t("noPractices"), h("ul", { class: "practices" }, practices.map((practice) => h("li", null,
    h("span", { class: "practice-label" }, practice.label),
    h("span", { class: "muted" },
      `${t("topPerformers")}: ${measure(practice.aBenchmark, practice.unit)} · ${t("bTierReps")}: ${measure(practice.bValue, practice.unit)}`)))));
}

/**
 * A titled card with its list, or the empty text when the list has no items.
 * @param {string} id
 * @param {string} title
 * @param {string} emptyText
 * @param {HTMLElement} list
 * @returns {HTMLElement}
 */
function listCard(id, title, emptyText, list) {
  return h("section", { class: "card", "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title`, class: "section-title" }, title),
    list.childElementCount === 0 ? emptyState(emptyText) : list);
}
