/**
 * What the scorecard flags on a rep: quota attainment behind the share of the period gone by, and pipeline coverage
 * below what the rep's win rate needs (crmspm_neededcoverage, computed by the recompute from that win rate).
 */

/**
 * @param {Spm.RepRow} row
 * @param {number} elapsed share of the period gone by (0–1)
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @returns {Spm.RepFlag[]}
 */
export function repFlags(row, elapsed, t, format) {
  /** @type {Spm.RepFlag[]} */
  const flags = [];
  if (row.quotaAttainment !== null && row.quotaAttainment < elapsed) {
    flags.push({ kind: "pace", text: t("flagPace", { attainment: format.percent(row.quotaAttainment), elapsed: format.percent(elapsed) }) });
  }
  if (row.pipelineCoverage !== null && row.neededCoverage !== null && row.pipelineCoverage < row.neededCoverage) {
    flags.push({ kind: "coverage", text: t("flagCoverage", { coverage: times(row.pipelineCoverage, format), needed: times(row.neededCoverage, format) }) });
  }
  return flags;
}

/**
 * "3.4×"
 * @param {number} value
 * @param {Spm.Formatter} format
 * @returns {string}
 */
export function times(value, format) {
  return `${format.number(value, 1)}×`;
}
