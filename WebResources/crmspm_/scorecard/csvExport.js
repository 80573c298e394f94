/**
 * The team table as CSV (RFC 4180 quoting, UTF-8 with a byte-order mark so Excel reads the names right).
 * Numbers are written invariant (dot decimals) so the file means the same in every locale; text cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @param {Spm.RepRow[]} rows
 * @param {Spm.ScorecardPage} page its period and strings
 * @returns {string}
 */
export function teamCsv(rows, { period, t }) {
  const header = [t("rep"), t("csvPeriod"), t("adoption"), t("behaviour"), t("winRate"), t("quotaAttainment"),
    t("pipelineCoverage"), t("neededCoverage"), t("tier"), t("adoptionTrend"), t("revenueGain"), t("largestGap")];
  const lines = rows.map((row) => [
    text(row.repName), text(period), number(row.adoption), number(row.behaviour), number(row.winRate),
    number(row.quotaAttainment), number(row.pipelineCoverage), number(row.neededCoverage), text(row.tierLabel),
    number(row.adoptionTrend), number(row.revenueGain), text(row.largestGap),
  ].join(","));
  return [header.map(text).join(","), ...lines].join("\r\n") + "\r\n";
}

/**
 * Offers the CSV as a download named after the period.
 * @param {string} csv
 * @param {string} period
 */
export function downloadCsv(csv, period) {
  const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `crmspm-team-scorecard-${period}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * @param {string} value
 * @returns {string}
 */
function text(value) {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * @param {number | null} value
 * @returns {string}
 */
function number(value) {
  return value === null ? "" : String(value);
}
