import { h } from "../shared/dom.js";

/**
 * The deal score with its trend and the top reasons, split into what helps and what hurts.
 */

/** Dynamics' own predictive scoring shows the top five reasons each way; so does this panel. */
const REASONS_PER_SIDE = 5;

/**
 * @param {{ score: number | null, previousScore: number | null, reasons: Spm.ScoreReason[] }} deal
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement}
 */
export function renderDealScore(deal, t, format) {
  const helps = topReasons(deal.reasons, (impact) => impact > 0);
  const hurts = topReasons(deal.reasons, (impact) => impact < 0);
  return h("section", { class: "card deal-score", "aria-labelledby": "deal-score-title" },
    h("h2", { id: "deal-score-title", class: "section-title" }, t("dealScore")),
    deal.score === null
      ? h("p", { class: "muted" }, t("noScore"))
      : h("div", { class: "score-line" },
        h("span", { class: `score-value ${scoreBand(deal.score)}` },
          h("span", { "aria-hidden": "true" }, format.number(deal.score)),
          h("span", { class: "visually-hidden" }, t("dealScoreValue", { score: format.number(deal.score) }))),
        renderTrend(deal.score, deal.previousScore, t, format)),
    helps.length + hurts.length === 0
      ? h("p", { class: "muted" }, t("noReasons"))
      : h("div", { class: "reasons" },
        renderReasonList("reasons-helps", t("helps"), helps, "reason-help"),
        renderReasonList("reasons-hurts", t("hurts"), hurts, "reason-hurt")));
}

/**
 * @param {number} score
 * @param {number | null} previous
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement}
 */
function renderTrend(score, previous, t, format) {
  const change = previous === null ? 0 : score - previous;
  const [text, className, arrow] = change > 0
    ? [t("trendUp", { change: format.number(change) }), "trend-up", "▲"]
    : change < 0
      ? [t("trendDown", { change: format.number(-change) }), "trend-down", "▼"]
      : [t("trendFlat"), "trend-flat", "▬"];
  return h("span", { class: `trend ${className}` }, h("span", { "aria-hidden": "true" }, arrow, " "), text);
}

/**
 * @param {string} id
 * @param {string} title
 * @param {Spm.ScoreReason[]} reasons
 * @param {string} className
 * @returns {HTMLElement | null}
 */
function renderReasonList(id, title, reasons, className) {
  if (reasons.length === 0) return null;
  return h("div", { class: `reason-group ${className}` },
    h("h3", { id, class: "reason-title" }, title),
    h("ul", { "aria-labelledby": id }, reasons.map((reason) => h("li", null, reason.text))));
}

/**
 * @param {Spm.ScoreReason[]} reasons
 * @param {(impact: number) => boolean} side
 * @returns {Spm.ScoreReason[]}
 */
function topReasons(reasons, side) {
  return reasons
    .filter((reason) => side(reason.impact))
    .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact))
    .slice(0, REASONS_PER_SIDE);
}

/**
 * @param {number} score
 * @returns {string}
 */
function scoreBand(score) {
  return score >= 70 ? "score-high" : score >= 40 ? "score-medium" : "score-low";
}
