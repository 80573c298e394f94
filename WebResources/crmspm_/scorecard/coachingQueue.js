import { h } from "../shared/dom.js";
import { emptyState } from "../shared/panelState.js";

/** The coaching queue (who to coach first, with the revenue at stake and what to coach) and the top performers' practices. */

/**
 * The reps in the queue, in Core's stored rank (crmspm_queuerank): the page never ranks by a rule of its own.
 * @param {Spm.RepRow[]} rows
 * @returns {Spm.RepRow[]}
 */
export function coachingQueue(rows) {
  return rows
    .filter((row) => row.queueRank !== null)
    .sort((a, b) => /** @type {number} */ (a.queueRank) - /** @type {number} */ (b.queueRank));
}

/**
 * @param {Spm.RepRow[]} queue in the queue's order
 * @param {Spm.ScorecardPage} page
 * @param {(row: Spm.RepRow) => void} onDrillDown
 */
export function renderCoachingQueue(queue, { t, format }, onDrillDown) {
  return listCard("queue", t("coachingQueue"), t("noQueue"), h("ol", { class: "queue" }, queue.map((row) => h("li", { "data-rep-id": row.repId },
    h("button", { type: "button", class: "button-link queue-rep", "aria-label": t("dealsFor", { rep: row.repName }),
      onclick: () => onDrillDown(row) }, row.repName),
    h("span", { class: "queue-gain" }, t("revenueGain"), ": ",
      h("strong", null, row.queueGain || row.revenueGainLabel || format.number(row.revenueGain || 0, 2))),
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
