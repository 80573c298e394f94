/**
 * The settings the admin page edits, with the ranges of docs/scoring-profile.md ("Sections and settings").
 */

/** @type {readonly Spm.NumberSetting[]} */
export const ADOPTION_WEIGHTS = Object.freeze([
  { key: "completeness", min: 0, max: 1, label: "Completeness" },
  { key: "freshness", min: 0, max: 1, label: "Freshness" },
  { key: "activityRate", min: 0, max: 1, label: "Activity rate" },
  { key: "closeDateHygiene", min: 0, max: 1, label: "Close-date hygiene" },
  { key: "nextStepDiscipline", min: 0, max: 1, label: "Next-step discipline" },
]);

/** @type {readonly Spm.NumberSetting[]} */
export const TIER_WEIGHTS = Object.freeze([
  { key: "winRate", min: 0, max: 1, label: "Win rate (tiering)" },
  { key: "attainment", min: 0, max: 1, label: "Quota attainment (tiering)" },
]);

/** @type {readonly Spm.NumberSetting[]} */
export const THRESHOLDS = Object.freeze([
  { key: "freshnessDays", min: 1, max: 365, label: "Fresh within (days)" },
  { key: "targetActivitiesPerDealPerWeek", min: 0.1, max: 100, label: "Target activities per deal per week" },
  { key: "minClosedDealsForTier", min: 1, max: 1000, whole: true, label: "Closed deals before tiering" },
  { key: "tierAShare", min: 0.01, max: 0.9, label: "Share of reps in tier A" },
  { key: "tierCShare", min: 0, max: 0.9, label: "Share of reps in tier C" },
  { key: "rampMonths", min: 0, max: 120, label: "Ramp-up (months)" },
  { key: "minPracticeEffectSize", min: 0, max: 5, label: "Smallest effect size for a practice" },
  { key: "dealModelPriorStrength", min: 0, max: 1000, label: "Deal model prior strength" },
  { key: "defaultWinRate", min: 0.01, max: 0.99, label: "Default win rate" },
  { key: "maxCloseDateYearsAhead", min: 1, max: 50, label: "Close dates trusted up to (years ahead)" },
]);

export const SEVERITIES = Object.freeze(["Low", "Medium", "High"]);

/** @type {readonly Spm.RuleDefinition[]} */
export const RULES = Object.freeze([
  { id: "stale-deal", severity: "Medium", parameters: [{ name: "staleDays", min: 1, max: 365, defaultValue: 14, label: "Days without a completed activity" }] },
  { id: "past-due-close-date", severity: "High", parameters: [{ name: "graceDays", min: 0, max: 90, defaultValue: 0, label: "Grace days past the close date" }] },
  { id: "missing-next-step", severity: "Medium", parameters: [{ name: "fromStageOrder", min: 1, max: 100, defaultValue: 2, label: "From stage order" }] },
  { id: "single-threaded-late-stage", severity: "High", parameters: [{ name: "minContacts", min: 1, max: 50, defaultValue: 2, label: "Contacts a late-stage deal should engage" }] },
  { id: "slipping-deal", severity: "Medium", parameters: [{ name: "maxPushes", min: 1, max: 50, defaultValue: 2, label: "Close-date pushes" }] },
  { id: "stuck-in-stage", severity: "Medium", parameters: [{ name: "benchmarkMultiplier", min: 1, max: 10, defaultValue: 1.5, label: "Times the A-tier days in stage" }] },
  { id: "low-activity", severity: "Low", parameters: [
    { name: "cadenceMultiplier", min: 1, max: 10, defaultValue: 2, label: "Times the A-tier days between touches" },
    { name: "minDaysInStage", min: 1, max: 365, defaultValue: 7, label: "Minimum days in stage" }] },
  { id: "low-adoption", severity: "Medium", parameters: [{ name: "minScore", min: 0, max: 100, defaultValue: 60, label: "Adoption below" }] },
  { id: "recognition", severity: "Low", parameters: [
    { name: "improvementPoints", min: 1, max: 100, defaultValue: 10, label: "Adoption points gained" },
    { name: "attainmentMilestone", min: 0.1, max: 10, defaultValue: 1, label: "Quota attainment milestone" }] },
]);

/**
 * @param {unknown} id
 * @returns {Spm.RuleDefinition | undefined}
 */
export function findRule(id) {
  return RULES.find((rule) => rule.id === id);
}
