/**
 * Tables as CSV (RFC 4180 quoting, UTF-8 with a byte-order mark so Excel reads the names right). Numbers are written
 * invariant (dot decimals) so the file means the same in every locale; text cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe (CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** @typedef {string | number | null} Cell */

/**
 * @param {string[]} header
 * @param {Cell[][]} rows
 * @returns {string}
 */
export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * @param {Spm.RepRow[]} rows
 * @param {Spm.ScorecardPage} page its period and strings
 * @returns {string}
 */
export function teamCsv(rows, { period, t }) {
  return toCsv([t("rep"), t("csvPeriod"), t("adoption"), t("behaviour"), t("winRate"), t("quotaAttainment"),
    t("pipelineCoverage"), t("neededCoverage"), t("tier"), t("adoptionTrend"), t("revenueGain"), t("largestGap")],
  rows.map((row) => [row.repName, period, row.adoption, row.behaviour, row.winRate, row.quotaAttainment,
    row.pipelineCoverage, row.neededCoverage, row.tierLabel, row.adoptionTrend, row.revenueGain, row.largestGap]));
}

/**
 * @param {Spm.RepRow[]} queue in the queue's order
 * @param {Spm.ScorecardPage} page
 * @returns {string}
 */
export function queueCsv(queue, { period, t }) {
  return toCsv([t("queueRank"), t("rep"), t("csvPeriod"), t("revenueGain"), t("largestGap")],
    queue.map((row, index) => [index + 1, row.repName, period, row.revenueGain, row.largestGap]));
}

/**
 * @param {string} repName
 * @param {Spm.DealNeedingAttention[]} deals
 * @param {Spm.Translate} t
 * @returns {string}
 */
export function dealsCsv(repName, deals, t) {
  return toCsv([t("rep"), t("deal"), t("value"), t("closeDate"), t("dealScore"), t("closeDatePushes"), t("whyFlagged")],
    deals.map((deal) => [repName, deal.name, deal.amount, deal.closeDate ? deal.closeDate.toISOString().slice(0, 10) : "",
      deal.score, deal.closeDatePushes, deal.reasons.join("; ")]));
}

/**
 * Offers the CSV as a download.
 * @param {string} csv
 * @param {string} name file name without extension
 */
export function downloadCsv(csv, name) {
  const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * @param {Cell} value
 * @returns {string}
 */
function cell(value) {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
