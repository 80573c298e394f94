import { h } from "../shared/dom.js";
import { Tier } from "../shared/schema/scorecard.js";
import { renderSparkline } from "./sparkline.js";

/**
 * The team table: adoption, behaviour, outcomes, tier and the adoption trend per rep, with a drill-down button.
 */

/** @type {Readonly<Record<number, string>>} */
const TIER_CLASS = Object.freeze({
  [Tier.a]: "badge badge-success",
  [Tier.b]: "badge badge-brand",
  [Tier.c]: "badge badge-warning",
  [Tier.notTiered]: "badge badge-neutral",
});

/**
 * @param {Spm.RepRow[]} rows
 * @param {Spm.ScorecardPage} page
 * @param {(row: Spm.RepRow) => void} onDrillDown
 * @returns {HTMLElement}
 */
export function renderTeamTable(rows, { t, format }, onDrillDown) {
  /** @param {number | null} value */
  const score = (value) => (value === null ? "–" : format.number(value));
  /** @param {number | null} value */
  const percent = (value) => (value === null ? "–" : format.percent(value));
  /** @param {number | null} value */
  const times = (value) => (value === null ? "–" : `${format.number(value, 1)}×`);

  return h("div", { class: "table-scroll", role: "region", "aria-labelledby": "team-title", tabindex: "0" },
    h("table", { class: "team-table" },
      h("thead", null, h("tr", null,
        h("th", { scope: "col" }, t("rep")),
        [t("adoption"), t("behaviour"), t("winRate"), t("quotaAttainment"), t("coverage")]
          .map((label) => h("th", { scope: "col", class: "number" }, label)),
        h("th", { scope: "col" }, t("tier")),
        h("th", { scope: "col" }, t("trend")),
        h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("showDeals"))))),
      h("tbody", null, rows.map((row) => h("tr", { "data-rep-id": row.repId },
        h("th", { scope: "row" }, row.repName),
        h("td", { class: "number" }, score(row.adoption)),
        h("td", { class: "number" }, score(row.behaviour)),
        h("td", { class: "number" }, percent(row.winRate)),
        h("td", { class: "number" }, percent(row.quotaAttainment)),
        h("td", { class: "number", title: row.neededCoverage === null ? null : `${times(row.neededCoverage)}` },
          times(row.pipelineCoverage)),
        h("td", null, row.tierLabel && h("span", { class: TIER_CLASS[row.tier] || "badge badge-neutral" }, row.tierLabel)),
        h("td", null, h("div", { class: "trend-cell" },
          renderSparkline(row.trendHistory, t("trendLabel", { values: row.trendHistory.map((value) => format.number(value)).join(", ") })),
          row.adoptionTrend !== null && h("span", { class: row.adoptionTrend < 0 ? "trend-down" : "trend-up" }, format.signed(row.adoptionTrend)))),
        h("td", null, h("button", { type: "button", class: "button button-small", "aria-label": t("dealsFor", { rep: row.repName }),
          onclick: () => onDrillDown(row) }, t("showDeals"))))))));
}
