import { h } from "../shared/dom.js";
import { DISMISS_PRESETS, DISMISS_REASON_MAX_LENGTH, dismissReason } from "./tipActions.js";

/**
 * The small forms a card opens before an answer: dismiss (preset reasons plus the rep's own words) and snooze
 * (one button per length).
 */

/**
 * @param {Spm.Tip} tip
 * @param {Spm.Translate} t
 * @param {(answer: Spm.TipAnswer) => void} submit
 * @param {() => void} cancel
 * @returns {{ form: HTMLElement, first: HTMLElement }}
 */
export function dismissForm(tip, t, submit, cancel) {
  const name = `reason-${tip.id}`;
  const presets = DISMISS_PRESETS.map((key, index) => h("label", { class: "choice" },
    h("input", { type: "radio", name, value: key, checked: index === 0 }), t(key)));
  const text = h("textarea", { id: `${name}-text`, rows: 2, maxlength: DISMISS_REASON_MAX_LENGTH });
  const hint = h("p", { class: "field-error", role: "alert", hidden: true }, t("reasonRequired"));
  const form = h("form", { class: "answer-form", novalidate: true },
    h("fieldset", null, h("legend", null, t("dismissReason")), presets),
    h("label", { for: text.id }, t("dismissDetails")), text, hint,
    h("div", { class: "answer-buttons" },
      h("button", { type: "submit", class: "button button-primary" }, t("dismissConfirm")),
      h("button", { type: "button", class: "button", onclick: cancel }, t("cancel"))));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const checked = /** @type {HTMLInputElement | null} */ (form.querySelector("input:checked"));
    const reason = dismissReason(checked ? checked.value : "", text.value);
    if (reason !== null) {
      submit({ kind: "dismiss", reason });
      return;
    }
    hint.hidden = false;
    text.setAttribute("aria-invalid", "true");
    text.focus();
  });
  return { form, first: /** @type {HTMLElement} */ (presets[0].firstChild) };
}

/**
 * @param {Spm.Translate} t
 * @param {(answer: Spm.TipAnswer) => void} submit
 * @param {() => void} cancel
 * @returns {{ form: HTMLElement, first: HTMLElement }}
 */
export function snoozeForm(t, submit, cancel) {
  /** @type {[Spm.SnoozeLength, Spm.StringKey][]} */
  const lengths = [["day", "snoozeDay"], ["week", "snoozeWeek"], ["twoWeeks", "snoozeTwoWeeks"]];
  const buttons = lengths.map(([length, label]) =>
    h("button", { type: "button", class: "button", onclick: () => submit({ kind: "snooze", length }) }, t(label)));
  const form = h("div", { class: "answer-form", role: "group", "aria-label": t("snoozeFor") },
    h("p", null, t("snoozeFor")),
    h("div", { class: "answer-buttons" }, buttons,
      h("button", { type: "button", class: "button button-subtle", onclick: cancel }, t("cancel"))));
  return { form, first: buttons[0] };
}
