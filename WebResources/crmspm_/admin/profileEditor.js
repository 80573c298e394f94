import { h } from "../shared/dom.js";
import { ADOPTION_WEIGHTS, SEVERITIES, THRESHOLDS, TIER_WEIGHTS, findRule } from "./profileCatalogue.js";

/**
 * The admin form for a scoring profile's weights, thresholds and rules. Every input carries the JSON path it edits
 * (data-path), so validation problems land next to their field and `readProfile` can rebuild the JSON.
 * Sections the page does not edit (stages, windows, visibility, queue) are kept exactly as loaded.
 */

/**
 * @param {Record<string, any>} profile
 * @param {Spm.Translate} t
 * @returns {HTMLElement}
 */
export function renderProfileEditor(profile, t) {
  const weights = profile.weights || {};
  const thresholds = profile.thresholds || {};
  const rules = Array.isArray(profile.rules) ? profile.rules : [];
  return h("div", { class: "profile-editor" },
    h("fieldset", { class: "card" },
      h("legend", null, t("weights")),
      h("div", { class: "fields" },
        ADOPTION_WEIGHTS.map((setting) => percentField(`weights.adoption.${setting.key}`, t(setting.label), (weights.adoption || {})[setting.key])),
        TIER_WEIGHTS.map((setting) => percentField(`weights.tier.${setting.key}`, t(setting.label), (weights.tier || {})[setting.key]))),
      h("p", { class: "muted weights-hint" }, t("weightsHint"))),
    h("fieldset", { class: "card" },
      h("legend", null, t("thresholds")),
      h("div", { class: "fields" },
        THRESHOLDS.map((setting) => numberField(`thresholds.${setting.key}`, t(setting.label), thresholds[setting.key], setting.whole ? "1" : "any")),
        field("thresholds.amountBands", t("settingAmountBands"),
          h("input", { type: "text", inputmode: "decimal", "data-kind": "numberList",
            value: Array.isArray(thresholds.amountBands) ? thresholds.amountBands.join(", ") : "" })))),
    h("fieldset", { class: "card" },
      h("legend", null, t("rules")),
      rules.map((rule, index) => renderRule(rule, index, t))));
}

/**
 * @param {Record<string, any>} rule
 * @param {number} index
 * @param {Spm.Translate} t
 * @returns {HTMLElement}
 */
function renderRule(rule, index, t) {
  const prefix = `rules[${index}]`;
  const definition = findRule(rule.id);
  const parameters = rule.parameters || {};
  return h("section", { class: "rule", "aria-labelledby": `${prefix}-title` },
    h("h3", { id: `${prefix}-title` }, definition ? t(definition.label) : String(rule.id)),
    h("div", { class: "fields" },
      field(`${prefix}.enabled`, t("ruleEnabled"),
        h("input", { type: "checkbox", "data-kind": "boolean", checked: rule.enabled !== false })),
      field(`${prefix}.severity`, t("severity"),
        h("select", { "data-kind": "text" },
          SEVERITIES.map((severity) => h("option", { value: severity, selected: severity === (rule.severity || (definition && definition.severity)) }, severity)))),
      (definition ? definition.parameters : []).map((parameter) =>
        numberField(`${prefix}.parameters.${parameter.name}`, t(parameter.label), (parameters[parameter.name] === undefined || parameters[parameter.name] === null ? parameter.defaultValue : parameters[parameter.name]), "any")),
      field(`${prefix}.trainingLink`, t("trainingLink"),
        h("input", { type: "url", "data-kind": "link", value: typeof rule.trainingLink === "string" ? rule.trainingLink : "" }))));
}

/**
 * @param {string} path
 * @param {string} label
 * @param {unknown} value
 * @param {string} step
 * @returns {HTMLElement}
 */
function numberField(path, label, value, step) {
  return field(path, label, h("input", { type: "number", step, "data-kind": "number", value: typeof value === "number" ? value : "" }));
}

/**
 * A weight shown and typed as a percentage (0.3 → 30 %); the profile keeps the fraction.
 * @param {string} path
 * @param {string} label
 * @param {unknown} value
 * @returns {HTMLElement}
 */
function percentField(path, label, value) {
  return field(path, `${label} (%)`, h("input", { type: "number", step: "5", "data-kind": "percent",
    value: typeof value === "number" ? Number((value * 100).toFixed(4)) : "" }));
}

/**
 * A labelled control with its error line; the control gets id, data-path and aria-describedby.
 * @param {string} path
 * @param {string} label
 * @param {HTMLInputElement | HTMLSelectElement} control
 * @returns {HTMLElement}
 */
function field(path, label, control) {
  const id = `field-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
  control.id = id;
  control.setAttribute("data-path", path);
  control.setAttribute("aria-describedby", `${id}-error`);
  const isCheckbox = control instanceof HTMLInputElement && control.type === "checkbox";
  return h("div", { class: isCheckbox ? "field field-checkbox" : "field" },
    isCheckbox ? [control, h("label", { for: id }, label)] : [h("label", { for: id }, label), control],
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }));
}

/**
 * Rebuilds the profile from the form on top of the loaded one. A number field that does not hold a number keeps
 * its text, so validation reports "must be a number" exactly as the server would.
 * @param {Record<string, any>} loaded
 * @param {HTMLElement} editor
 * @returns {Record<string, any>}
 */
export function readProfile(loaded, editor) {
  // The profile came from JSON, so a JSON round trip is a deep copy.
  const profile = JSON.parse(JSON.stringify(loaded));
  for (const control of editor.querySelectorAll("[data-path]")) {
    const input = /** @type {HTMLInputElement} */ (control);
    setPath(profile, /** @type {string} */ (input.getAttribute("data-path")), readValue(input));
  }
  return profile;
}

/**
 * @param {HTMLInputElement} input
 * @returns {unknown}
 */
function readValue(input) {
  switch (input.getAttribute("data-kind")) {
    case "boolean":
      return input.checked;
    case "number":
      return toNumber(input.value);
    case "percent": {
      const value = toNumber(input.value);
      return typeof value === "number" ? Number((value / 100).toFixed(10)) : value;
    }
    case "numberList":
      return input.value.trim() === "" ? [] : input.value.split(",").map(toNumber);
    case "link":
      return input.value.trim() === "" ? null : input.value.trim();
    default:
      return input.value;
  }
}

/**
 * @param {string} text
 * @returns {number | string}
 */
function toNumber(text) {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed !== "" && Number.isFinite(value) ? value : trimmed;
}

/**
 * Sets `a.b[2].c` in `target`, creating objects on the way.
 * @param {Record<string, any>} target
 * @param {string} path
 * @param {unknown} value
 */
function setPath(target, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}

/**
 * Shows each problem under the field that edits its path (a list item's problem under the list's field, a group's
 * under its first field) and lists them all in the summary, each named in words and moving focus to its field.
 * @param {HTMLElement} editor
 * @param {HTMLElement} summary
 * @param {Spm.Problem[]} problems
 * @param {Spm.Translate} t
 */
export function showProblems(editor, summary, problems, t) {
  for (const control of editor.querySelectorAll("[data-path]")) {
    control.removeAttribute("aria-invalid");
    const error = /** @type {HTMLElement} */ (editor.querySelector(`#${control.id}-error`));
    error.hidden = true;
    error.textContent = "";
  }
  for (const problem of problems) {
    const control = controlFor(editor, problem.path);
    if (!control) continue;
    const error = /** @type {HTMLElement} */ (editor.querySelector(`#${control.id}-error`));
    control.setAttribute("aria-invalid", "true");
    const message = control.getAttribute("data-kind") === "percent" ? asPercent(problem.message) : problem.message;
    error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
    error.hidden = false;
  }
  summary.hidden = problems.length === 0;
  // Unchanged problems keep their summary, so a click on one of its links survives the blur that re-validates.
  const signature = JSON.stringify(problems);
  if (summary.getAttribute("data-signature") === signature) return;
  summary.setAttribute("data-signature", signature);
  summary.replaceChildren(...(problems.length === 0 ? [] : [
    h("p", null, t.count("fixErrors", problems.length)),
    h("ul", null, problems.map((problem) => {
      const control = controlFor(editor, problem.path);
      return h("li", { "data-problem": `${problem.path}: ${problem.message}` }, control
        ? h("button", { type: "button", class: "button-link", onclick: () => { /** @type {HTMLElement} */ (control).focus(); } },
          fieldName(editor, control))
        : problem.path, ": ", control && control.getAttribute("data-kind") === "percent" ? asPercent(problem.message) : problem.message);
    })),
  ]));
}

/**
 * "must be between 0 and 1" under a percentage field reads "must be between 0% and 100%".
 * @param {string} message
 * @returns {string}
 */
function asPercent(message) {
  return message.replace(/between (-?[\d.]+) and (-?[\d.]+)/, (_, low, high) =>
    `between ${Number(low) * 100}% and ${Number(high) * 100}%`);
}

/**
 * A field's name in words: its rule's name (for rule fields), then its label.
 * @param {HTMLElement} editor
 * @param {Element} control
 * @returns {string}
 */
function fieldName(editor, control) {
  const label = editor.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  const rule = control.closest(".rule");
  const heading = rule && rule.querySelector("h3");
  return [heading && heading.textContent, label && label.textContent].filter(Boolean).join(" — ");
}

/**
 * @param {HTMLElement} editor
 * @param {string} path
 * @returns {Element | null}
 */
function controlFor(editor, path) {
  const listPath = path.replace(/\[\d+\]$/, "");
  return editor.querySelector(`[data-path="${CSS.escape(path)}"]`)
    || editor.querySelector(`[data-path="${CSS.escape(listPath)}"]`)
    || editor.querySelector(`[data-path^="${CSS.escape(path)}."]`);
}
