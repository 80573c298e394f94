import { ProfileMessages as M } from "./profileMessages.js";
import { ADOPTION_WEIGHTS, SEVERITIES, THRESHOLDS, TIER_WEIGHTS, findRule } from "./profileCatalogue.js";

/**
 * The checks behind the admin page's messages, for the parts of the profile it edits (version, weights,
 * thresholds, rules); the server's validator (Core ProfileJsonReader + ProfileValidator) checks the whole
 * document again on save, with the same paths and messages.
 */

/**
 * @param {Record<string, any>} profile
 * @returns {Spm.Problem[]} empty when the edited parts are valid
 */
export function validateProfile(profile) {
  /** @type {Spm.Problem[]} */
  const problems = [];
  if (profile.version !== 1) problems.push({ path: "version", message: M.unsupportedVersion });
  validateWeights(profile.weights || {}, problems);
  validateThresholds(profile.thresholds || {}, problems);
  validateRules(profile.rules, problems);
  return problems;
}

/**
 * @param {Record<string, any>} weights
 * @param {Spm.Problem[]} problems
 */
function validateWeights(weights, problems) {
  for (const [group, settings] of /** @type {const} */ ([["adoption", ADOPTION_WEIGHTS], ["tier", TIER_WEIGHTS]])) {
    const values = weights[group] || {};
    let sum = 0;
    let allNumbers = true;
    for (const setting of settings) {
      const value = values[setting.key];
      if (value === undefined) continue;
      if (number(problems, `weights.${group}.${setting.key}`, value, setting)) sum += value;
      else allNumbers = false;
    }
    // Left-out weights keep their defaults, which are all above 0.
    const anyDefaulted = settings.some((setting) => values[setting.key] === undefined);
    if (allNumbers && !anyDefaulted && !(sum > 0)) problems.push({ path: `weights.${group}`, message: M.noPositiveWeight });
  }
}

/**
 * @param {Record<string, any>} thresholds
 * @param {Spm.Problem[]} problems
 */
function validateThresholds(thresholds, problems) {
  for (const setting of THRESHOLDS) {
    const value = thresholds[setting.key];
    if (value !== undefined) number(problems, `thresholds.${setting.key}`, value, setting);
  }
  const a = thresholds.tierAShare === undefined || thresholds.tierAShare === null ? 0.25 : thresholds.tierAShare;
  const c = thresholds.tierCShare === undefined || thresholds.tierCShare === null ? 0.25 : thresholds.tierCShare;
  if (typeof a === "number" && typeof c === "number" && a + c > 1) {
    problems.push({ path: "thresholds.tierAShare", message: M.tierSharesTooLarge });
  }
  const bands = thresholds.amountBands;
  if (bands === undefined) return;
  if (!Array.isArray(bands)) {
    problems.push({ path: "thresholds.amountBands", message: M.mustBeArray });
    return;
  }
  const wrongType = bands.findIndex((band) => typeof band !== "number" || !Number.isFinite(band));
  if (wrongType >= 0) {
    problems.push({ path: `thresholds.amountBands[${wrongType}]`, message: M.mustBeNumber });
  } else if (bands.some((band, index) => band < 0 || (index > 0 && band <= bands[index - 1]))) {
    problems.push({ path: "thresholds.amountBands", message: M.mustAscend });
  }
}

/**
 * @param {unknown} rules
 * @param {Spm.Problem[]} problems
 */
function validateRules(rules, problems) {
  if (!Array.isArray(rules)) {
    problems.push({ path: "rules", message: rules === undefined ? M.required : M.mustBeArray });
    return;
  }
  const seen = new Set();
  rules.forEach((rule, index) => {
    const prefix = `rules[${index}]`;
    if (rule === null || typeof rule !== "object" || Array.isArray(rule)) {
      problems.push({ path: prefix, message: M.mustBeObject });
      return;
    }
    const definition = findRule(rule.id);
    if (!definition) {
      problems.push({ path: `${prefix}.id`, message: typeof rule.id === "string" ? M.unknownRule : rule.id === undefined ? M.required : M.mustBeString });
      return;
    }
    if (seen.has(rule.id)) problems.push({ path: `${prefix}.id`, message: M.duplicateRule(rule.id) });
    seen.add(rule.id);
    if (rule.enabled !== undefined && typeof rule.enabled !== "boolean") problems.push({ path: `${prefix}.enabled`, message: M.mustBeBoolean });
    if (rule.severity !== undefined && !SEVERITIES.includes(rule.severity)) problems.push({ path: `${prefix}.severity`, message: M.unknownSeverity });
    for (const [name, value] of Object.entries(rule.parameters || {})) {
      const parameter = definition.parameters.find((candidate) => candidate.name === name);
      const path = `${prefix}.parameters.${name}`;
      if (!parameter) problems.push({ path, message: M.unknownParameter(rule.id) });
      else number(problems, path, value, parameter);
    }
    const link = rule.trainingLink;
    if (link !== undefined && link !== null) {
      if (typeof link !== "string") problems.push({ path: `${prefix}.trainingLink`, message: M.mustBeString });
      else if (link.length > 0 && !isHttpUrl(link)) problems.push({ path: `${prefix}.trainingLink`, message: M.mustBeHttpUrl });
    }
  });
}

/**
 * Type first, then range: a path with a type problem is not reported again (as the server does).
 * @param {Spm.Problem[]} problems
 * @param {string} path
 * @param {unknown} value
 * @param {{ min: number, max: number, whole?: boolean }} range
 * @returns {value is number} whether the value is a usable number
 */
function number(problems, path, value, range) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    problems.push({ path, message: M.mustBeNumber });
    return false;
  }
  if (range.whole && !Number.isInteger(value)) {
    problems.push({ path, message: M.mustBeWholeNumber });
    return false;
  }
  if (value < range.min || value > range.max) problems.push({ path, message: M.between(range.min, range.max) });
  return true;
}

/**
 * @param {string} link
 * @returns {boolean}
 */
function isHttpUrl(link) {
  try {
    const url = new URL(link);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch (ignored) {
    return false;
  }
}
