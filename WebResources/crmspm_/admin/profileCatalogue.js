/**
 * The settings the admin page edits, with the ranges of docs/scoring-profile.md ("Sections and settings") and the
 * key of each one's label in strings/en.js. The ranges copy Core's ProfileValidator: the admin page tests set every
 * one of them just out of range on both sides and compare the page's messages with Core's.
 */

/** @type {readonly Spm.NumberSetting[]} */
export const ADOPTION_WEIGHTS = Object.freeze([
  { key: "completeness", min: 0, max: 1, label: "settingCompleteness" },
  { key: "freshness", min: 0, max: 1, label: "settingFreshness" },
  { key: "activityRate", min: 0, max: 1, label: "settingActivityRate" },
  { key: "closeDateHygiene", min: 0, max: 1, label: "settingCloseDateHygiene" },
  { key: "nextStepDiscipline", min: 0, max: 1, label: "settingNextStepDiscipline" },
]);

/** @type {readonly Spm.NumberSetting[]} */
export const TIER_WEIGHTS = Object.freeze([
  { key: "winRate", min: 0, max: 1, label: "settingWinRate" },
  { key: "attainment", min: 0, max: 1, label: "settingAttainment" },
]);

/** @type {readonly Spm.NumberSetting[]} */
export const THRESHOLDS = Object.freeze([
  { key: "freshnessDays", min: 1, max: 365, label: "settingFreshnessDays" },
  { key: "targetActivitiesPerDealPerWeek", min: 0.1, max: 100, label: "settingTargetActivitiesPerDealPerWeek" },
  { key: "minClosedDealsForTier", min: 1, max: 1000, whole: true, label: "settingMinClosedDealsForTier" },
  { key: "tierAShare", min: 0.01, max: 0.9, label: "settingTierAShare" },
  { key: "tierCShare", min: 0, max: 0.9, label: "settingTierCShare" },
  { key: "rampMonths", min: 0, max: 120, label: "settingRampMonths" },
  { key: "minPracticeEffectSize", min: 0, max: 5, label: "settingMinPracticeEffectSize" },
  { key: "dealModelPriorStrength", min: 0, max: 1000, label: "settingDealModelPriorStrength" },
  { key: "defaultWinRate", min: 0.01, max: 0.99, label: "settingDefaultWinRate" },
  { key: "maxCloseDateYearsAhead", min: 1, max: 50, label: "settingMaxCloseDateYearsAhead" },
]);

export const SEVERITIES = Object.freeze(["Low", "Medium", "High"]);

/** @type {readonly Spm.RuleDefinition[]} */
export const RULES = Object.freeze([
  { id: "stale-deal", label: "ruleStaleDeal", severity: "Medium", parameters: [{ name: "staleDays", min: 1, max: 365, defaultValue: 14, label: "paramStaleDays" }] },
  { id: "past-due-close-date", label: "rulePastDueCloseDate", severity: "High", parameters: [{ name: "graceDays", min: 0, max: 90, defaultValue: 0, label: "paramGraceDays" }] },
  { id: "missing-next-step", label: "ruleMissingNextStep", severity: "Medium", parameters: [{ name: "fromStageOrder", min: 1, max: 100, defaultValue: 2, label: "paramFromStageOrder" }] },
  { id: "single-threaded-late-stage", label: "ruleSingleThreaded", severity: "High", parameters: [{ name: "minContacts", min: 1, max: 50, defaultValue: 2, label: "paramMinContacts" }] },
  { id: "slipping-deal", label: "ruleSlippingDeal", severity: "Medium", parameters: [{ name: "maxPushes", min: 1, max: 50, defaultValue: 2, label: "paramMaxPushes" }] },
  { id: "stuck-in-stage", label: "ruleStuckInStage", severity: "Medium", parameters: [{ name: "benchmarkMultiplier", min: 1, max: 10, defaultValue: 1.5, label: "paramBenchmarkMultiplier" }] },
  { id: "low-activity", label: "ruleLowActivity", severity: "Low", parameters: [
    { name: "cadenceMultiplier", min: 1, max: 10, defaultValue: 2, label: "paramCadenceMultiplier" },
    { name: "minDaysInStage", min: 1, max: 365, defaultValue: 7, label: "paramMinDaysInStage" }] },
  { id: "low-adoption", label: "ruleLowAdoption", severity: "Medium", parameters: [{ name: "minScore", min: 0, max: 100, defaultValue: 60, label: "paramMinScore" }] },
  { id: "recognition", label: "ruleRecognition", severity: "Low", parameters: [
    { name: "improvementPoints", min: 1, max: 100, defaultValue: 10, label: "paramImprovementPoints" },
    { name: "attainmentMilestone", min: 0.1, max: 10, defaultValue: 1, label: "paramAttainmentMilestone" }] },
]);

/**
 * @param {unknown} id
 * @returns {Spm.RuleDefinition | undefined}
 */
export function findRule(id) {
  return RULES.find((rule) => rule.id === id);
}
