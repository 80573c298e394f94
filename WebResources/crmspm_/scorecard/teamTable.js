import { h, replaceChildren } from "../shared/dom.js";
import { Tier } from "../shared/schema/scorecard.js";
import { repFlags, times } from "./repFlags.js";
import { renderSparkline } from "./sparkline.js";

/**
 * The team table, in the coaching queue's order until a column header is clicked (then by that column, again to
 * reverse). The rep column stays put while the metrics scroll sideways in a narrow column.
 */

/** @type {Readonly<Record<number, string>>} */
const TIER_CLASS = Object.freeze({
  [Tier.a]: "badge badge-success",
  [Tier.b]: "badge badge-brand",
  [Tier.c]: "badge badge-warning",
  [Tier.notTiered]: "badge badge-neutral",
});

/** @typedef {{ key: string, label: Spm.StringKey, value: (row: Spm.RepRow) => number | string | null, number?: boolean }} Column */

/** @type {Column[]} */
const COLUMNS = [
  { key: "rep", label: "rep", value: (row) => row.repName },
  { key: "need", label: "flags", value: (row) => row.needOrder, number: true },
  { key: "adoption", label: "adoption", value: (row) => row.adoption, number: true },
  { key: "behaviour", label: "behaviour", value: (row) => row.behaviour, number: true },
  { key: "winRate", label: "winRate", value: (row) => row.winRate, number: true },
  { key: "quota", label: "quotaAttainment", value: (row) => row.quotaAttainment, number: true },
  { key: "coverage", label: "coverage", value: (row) => row.pipelineCoverage, number: true },
  { key: "tier", label: "tier", value: (row) => row.tier, number: true },
];

/**
 * @param {Spm.RepRow[]} rows
 * @param {Spm.ScorecardPage} page
 * @param {number} elapsed share of the period gone by
 * @param {(row: Spm.RepRow) => void} onDrillDown
 * @returns {HTMLElement}
 */
export function renderTeamTable(rows, page, elapsed, onDrillDown) {
  const { t, format } = page;
  const showManager = new Set(rows.map((row) => row.managerName)).size > 1;
  let sort = { key: "need", descending: false };
  const body = h("tbody");
  const headers = COLUMNS.map((column) => h("th", { scope: "col", class: column.number && column.key !== "need" ? "number" : null,
    "data-sort": column.key },
  h("button", { type: "button", class: "sort-button", onclick: () => {
    sort = { key: column.key, descending: sort.key === column.key ? !sort.descending : column.number === true && column.key !== "need" };
    draw();
  } }, t(column.label))));
  const scroller = h("div", { class: "table-scroll", role: "region", "aria-labelledby": "team-title", tabindex: "0" },
    h("table", { class: "team-table" },
      h("thead", null, h("tr", null, headers.slice(0, 1), showManager && h("th", { scope: "col" }, t("manager")), headers.slice(1),
        h("th", { scope: "col" }, t("trend")),
        h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("showDeals"))))),
      body));
  const hint = h("p", { class: "muted scroll-hint", "aria-hidden": "true" }, t("scrollHint"));

  const draw = () => {
    const column = COLUMNS.find((candidate) => candidate.key === sort.key) || COLUMNS[1];
    const sorted = rows.slice().sort((a, b) => compare(column.value(a), column.value(b), format.locale) * (sort.descending ? -1 : 1));
    headers.forEach((header) => {
      const active = header.getAttribute("data-sort") === sort.key;
      if (active) header.setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
      else header.removeAttribute("aria-sort");
    });
    replaceChildren(body, sorted.map((row) => renderRow(row, page, elapsed, showManager, onDrillDown)));
  };
  draw();
  // The hint shows only while the table is wider than its region.
  const showHint = () => { hint.hidden = scroller.scrollWidth <= scroller.clientWidth + 1; };
  if (typeof ResizeObserver === "function") new ResizeObserver(showHint).observe(scroller);
  return h("div", { class: "team-wrap" }, hint, scroller);
}

/**
 * Nulls last; text by the user's locale.
 * @param {number | string | null} a
 * @param {number | string | null} b
 * @param {string} locale
 * @returns {number}
 */
function compare(a, b, locale) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === "string" || typeof b === "string" ? String(a).localeCompare(String(b), locale) : a - b;
}

/**
 * @param {Spm.RepRow} row
 * @param {Spm.ScorecardPage} page
 * @param {number} elapsed
 * @param {boolean} showManager
 * @param {(row: Spm.RepRow) => void} onDrillDown
 * @returns {HTMLTableRowElement}
 */
function renderRow(row, { t, format }, elapsed, showManager, onDrillDown) {
  /** @param {number | null} value */
  const score = (value) => (value === null ? "–" : format.number(value));
  /** @param {number | null} value */
  const percent = (value) => (value === null ? "–" : format.percent(value));
  const flags = repFlags(row, elapsed, t, format);
  const flagged = (/** @type {string} */ kind) => (flags.some((flag) => flag.kind === kind) ? "number flagged" : "number");
  return h("tr", { "data-rep-id": row.repId },
    h("th", { scope: "row", class: "rep-cell" }, row.repName),
    showManager && h("td", null, row.managerName),
    h("td", { class: "flags" }, flags.length === 0 ? "–" : h("ul", null, flags.map((flag) => h("li", { class: `flag flag-${flag.kind}` }, flag.text)))),
    h("td", { class: "number" }, score(row.adoption)),
    h("td", { class: "number" }, score(row.behaviour)),
    h("td", { class: "number" }, percent(row.winRate)),
    h("td", { class: flagged("pace") }, percent(row.quotaAttainment)),
    h("td", { class: flagged("coverage") }, row.pipelineCoverage === null ? "–" : times(row.pipelineCoverage, format)),
    h("td", null, row.tierLabel && h("span", { class: TIER_CLASS[row.tier] || "badge badge-neutral", title: row.tierReason || null }, row.tierLabel)),
    h("td", null, h("div", { class: "trend-cell" },
      renderSparkline(row.trendHistory, t("trendLabel", { values: row.trendHistory.map((value) => format.number(value)).join(", ") })),
      row.adoptionTrend !== null && h("span", { class: row.adoptionTrend < 0 ? "trend-down" : "trend-up" }, format.signed(row.adoptionTrend)))),
    h("td", null, h("button", { type: "button", class: "button button-small", "aria-label": t("dealsFor", { rep: row.repName }),
      onclick: () => onDrillDown(row) }, t("showDeals"))));
}
