import { h } from "../shared/dom.js";
import { renderSparkline } from "../scorecard/sparkline.js";

/**
 * The deal score the way Dynamics' own predictive scoring shows one: 0–100 with a grade, a trend in words, the last
 * change, and the top reasons each way with what they mean.
 */

/** Dynamics' predictive opportunity scoring shows the top five reasons each way; so does this panel. */
const REASONS_PER_SIDE = 5;

/** Lowest score of each grade, best first (docs/web-resources.md). */
const GRADES = Object.freeze(/** @type {[string, number][]} */ ([["A", 70], ["B", 50], ["C", 30], ["D", 0]]));

/** How many of the recent scores are listed with their dates (the sparkline draws them all). */
const HISTORY_LISTED = 5;

/** A change of fewer points than this is "steady". */
const STEADY_POINTS = 3;

/**
 * @param {number} score 0–100
 * @returns {string} A, B, C or D
 */
export function gradeOf(score) {
  const grade = GRADES.find(([, lowest]) => score >= lowest);
  return grade ? grade[0] : "D";
}

/**
 * @param {number | null} score
 * @param {number | null} previous
 * @returns {"improving" | "steady" | "declining" | "noTrend"}
 */
export function trendOf(score, previous) {
  if (score === null || previous === null) return "noTrend";
  const change = score - previous;
  return change >= STEADY_POINTS ? "improving" : change <= -STEADY_POINTS ? "declining" : "steady";
}

/**
 * @param {{ score: number | null, previousScore: number | null, reasons: Spm.ScoreReason[], history?: Spm.ScoreHistoryEntry[] }} deal
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement}
 */
export function renderDealScore(deal, t, format) {
  const helps = topReasons(deal.reasons, (impact) => impact > 0);
  const hurts = topReasons(deal.reasons, (impact) => impact < 0);
  // A score with not enough signal stores Core's note as a zero-impact "note" entry instead of reasons (docs/plugins.md).
  const note = deal.reasons.find((reason) => reason.feature === "note" && reason.impact === 0);
  const { score } = deal;
  const history = deal.history || [];
  // Without a stored previous score, the history's second-last entry is the one before this score.
  const previousScore = deal.previousScore !== null ? deal.previousScore
    : history.length >= 2 && history[history.length - 1].score === score ? history[history.length - 2].score : null;
  const trend = trendOf(score, previousScore);
  return h("section", { class: "block deal-score", "aria-labelledby": "deal-score-title" },
    h("h2", { id: "deal-score-title", class: "block-title" }, t("dealScore")),
    score === null
      ? h("p", { class: "muted" }, t("noScore"))
      : h("div", { class: "score-line" },
        h("span", { class: "visually-hidden" }, t("grade"), " ", gradeOf(score)),
        h("span", { class: `grade grade-${gradeOf(score)}`, "aria-hidden": "true" }, gradeOf(score)),
        h("span", { class: "score-value" },
          h("span", { "aria-hidden": "true" }, format.number(score), h("span", { class: "score-max" }, "/100")),
          h("span", { class: "visually-hidden" }, t("dealScoreValue", { score: format.number(score) }))),
        h("span", { class: `trend trend-${trend}` }, h("span", { "aria-hidden": "true" }, TREND_ARROW[trend], " "), t(trend))),
    score !== null && previousScore !== null &&
      h("p", { class: "muted score-history" }, t("lastChange", { from: format.number(previousScore), to: format.number(score) })),
    renderHistory(history, t, format),
    helps.length + hurts.length === 0
      ? h("p", { class: "muted" }, note ? t("scoreNote", { note: note.text }) : t("noReasons"))
      : h("div", { class: "reasons" },
        renderReasonList("reasons-helps", t("helps"), helps, "reason-help", t, format),
        renderReasonList("reasons-hurts", t("hurts"), hurts, "reason-hurt", t, format)),
    h("p", { class: "muted" }, t("scoreExplained")));
}

/**
 * The recent scores: a sparkline on the 0–100 scale and the latest few with their dates, newest first.
 * @param {Spm.ScoreHistoryEntry[]} history oldest first
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement | null}
 */
function renderHistory(history, t, format) {
  if (history.length < 2) return null;
  const listed = history.slice(-HISTORY_LISTED).reverse();
  const label = t("scoreHistoryLabel", { count: format.number(history.length),
    scores: history.map((entry) => format.number(entry.score)).join(", ") });
  return h("div", { class: "score-trend" },
    h("h3", { id: "score-history-title", class: "reason-title" }, t("scoreHistory")),
    renderSparkline(history.map((entry) => entry.score), label),
    h("ol", { class: "score-history-list", "aria-labelledby": "score-history-title" },
      listed.map((entry) => h("li", null, t("scoreHistoryEntry", { date: format.date(entry.on), score: format.number(entry.score) })))));
}

const TREND_ARROW = Object.freeze({ improving: "▲", declining: "▼", steady: "▬", noTrend: "·" });

/**
 * @param {string} id
 * @param {string} title
 * @param {Spm.ScoreReason[]} reasons
 * @param {string} className
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {HTMLElement | null}
 */
function renderReasonList(id, title, reasons, className, t, format) {
  if (reasons.length === 0) return null;
  return h("div", { class: `reason-group ${className}` },
    h("h3", { id, class: "reason-title" }, title),
    h("ul", { "aria-labelledby": id }, reasons.map((reason) => h("li", null, reason.text,
      h("span", { class: "muted reason-weight" }, " ", t("reasonWeight", { points: format.signed(Math.round(reason.impact * 100)) }))))));
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
