import { h, replaceChildren, safeUrl } from "../shared/dom.js";
import { Severity } from "../shared/schema/task.js";
import { DISMISS_REASON_MAX_LENGTH, checkDismissReason } from "./tipActions.js";

/**
 * Renders coaching tips as cards with their evidence, benchmark, training link and the three answers a rep can give.
 */

/** @type {Readonly<Record<number, string>>} */
const SEVERITY_CLASS = Object.freeze({
  [Severity.high]: "badge badge-danger",
  [Severity.medium]: "badge badge-warning",
  [Severity.low]: "badge badge-neutral",
});

/**
 * One click listener serves the whole list (200 tips would otherwise carry 600 listeners); the answer forms are
 * built only when a rep opens one.
 * @param {Spm.Tip[]} tips already ordered
 * @param {Spm.TipListOptions} options
 * @returns {HTMLUListElement}
 */
export function renderTipList(tips, options) {
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  const list = h("ul", { class: "tip-list", role: "list" });
  const fragment = document.createDocumentFragment();
  for (const tip of tips) fragment.appendChild(renderTipCard(tip, options));
  list.appendChild(fragment);
  list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-action]") : null;
    const card = button && button.closest("li[data-tip-id]");
    const tip = card && byId.get(card.getAttribute("data-tip-id") || "");
    if (!button || !(card instanceof HTMLElement) || !tip) return;
    startAnswer(tip, card, /** @type {string} */ (button.getAttribute("data-action")), options);
  });
  return list;
}

/**
 * @param {Spm.Tip} tip
 * @param {Spm.TipListOptions} options
 * @returns {HTMLLIElement}
 */
function renderTipCard(tip, options) {
  const { t, format } = options;
  const headingId = `tip-${tip.id}`;
  const trainingUrl = safeUrl(tip.trainingLink);
  return h("li", { class: "tip card", "data-tip-id": tip.id, "aria-labelledby": headingId },
    h("div", { class: "tip-head" },
      h(options.titleLevel || "h3", { class: "tip-title", id: headingId, tabindex: "-1" }, tip.title),
      tip.severityLabel && h("span", { class: SEVERITY_CLASS[tip.severity] || "badge badge-neutral" },
        h("span", { class: "visually-hidden" }, t("severity"), ": "), tip.severityLabel)),
    tip.message && h("p", { class: "tip-message" }, tip.message),
    tip.evidence.length > 0 && h("dl", { class: "tip-evidence" },
      tip.evidence.flatMap(([label, value]) => [h("dt", null, label), h("dd", null, value)])),
    tip.benchmark && h("p", { class: "tip-benchmark" }, h("strong", null, t("topPerformers"), ": "), tip.benchmark),
    h("p", { class: "tip-meta" },
      tip.due && h("span", null, t("due", { date: format.date(tip.due) })),
      trainingUrl && h("a", { href: trainingUrl, target: "_blank", rel: "noopener noreferrer" }, t("training"))),
    h("div", { class: "tip-actions", role: "group", "aria-label": t("tipActions", { title: tip.title }) },
      h("button", { type: "button", class: "button button-primary", "data-action": "done" }, t("done")),
      h("button", { type: "button", class: "button", "data-action": "dismiss" }, t("dismiss")),
      h("button", { type: "button", class: "button", "data-action": "snooze" }, t("snooze"))),
    h("div", { class: "tip-answer" }),
    h("p", { class: "tip-error", role: "alert", hidden: true }));
}

/**
 * Reacts to one of the card's action buttons: "done" answers at once, the others open their form first.
 * @param {Spm.Tip} tip
 * @param {HTMLElement} card
 * @param {string} action
 * @param {Spm.TipListOptions} options
 */
function startAnswer(tip, card, action, options) {
  const { t } = options;
  const answerArea = /** @type {HTMLElement} */ (card.querySelector(".tip-answer"));
  const error = /** @type {HTMLElement} */ (card.querySelector(".tip-error"));
  const close = () => replaceChildren(answerArea);

  /** @param {Spm.TipAnswer} answer */
  const submit = async (answer) => {
    setBusy(card, true);
    error.hidden = true;
    try {
      const message = await options.answer(tip, answer);
      removeCard(card);
      options.announce(message);
    } catch (failure) {
      error.textContent = failure instanceof Error ? failure.message : String(failure);
      error.hidden = false;
      setBusy(card, false);
    }
  };

  if (action === "done") {
    void submit({ kind: "done" });
    return;
  }
  const { control, read, hint, texts: [label, confirm] } = action === "dismiss" ? dismissAnswer(t) : snoozeAnswer(t);
  control.id = `answer-${tip.id}`;
  const form = h("form", { class: "answer-form", novalidate: true },
    h("label", { for: control.id }, t(label)), control, hint,
    h("div", { class: "answer-buttons" },
      h("button", { type: "submit", class: "button button-primary" }, t(confirm)),
      h("button", { type: "button", class: "button", onclick: close }, t("cancel"))));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const answer = read();
    if (answer) void submit(answer);
  });
  replaceChildren(answerArea, form);
  control.focus();
}

/**
 * The dismiss form's reason box; reading it shows the hint instead when the reason is empty.
 * @param {Spm.Translate} t
 * @returns {Spm.AnswerControl}
 */
function dismissAnswer(t) {
  const control = h("textarea", { name: "reason", rows: 2, maxlength: DISMISS_REASON_MAX_LENGTH, required: true });
  const hint = h("p", { class: "field-error", role: "alert", hidden: true }, t("reasonRequired"));
  return { control, hint, texts: ["dismissReason", "dismissConfirm"], read: () => {
    const reason = checkDismissReason(control.value);
    if (reason !== null) return { kind: "dismiss", reason };
    hint.hidden = false;
    control.setAttribute("aria-invalid", "true");
    control.focus();
    return null;
  } };
}

/**
 * @param {Spm.Translate} t
 * @returns {Spm.AnswerControl}
 */
function snoozeAnswer(t) {
  const control = h("select", { name: "length" },
    h("option", { value: "day" }, t("snoozeDay")),
    h("option", { value: "week", selected: true }, t("snoozeWeek")),
    h("option", { value: "twoWeeks" }, t("snoozeTwoWeeks")));
  return { control, texts: ["snoozeFor", "snoozeConfirm"], read: () => ({ kind: "snooze", length: /** @type {Spm.SnoozeLength} */ (control.value) }) };
}

/**
 * @param {HTMLElement} card
 * @param {boolean} busy
 */
function setBusy(card, busy) {
  card.setAttribute("aria-busy", String(busy));
  for (const control of card.querySelectorAll("button, textarea, select")) {
    /** @type {HTMLButtonElement} */ (control).disabled = busy;
  }
}

/**
 * Removes an answered tip and moves focus to the next tip's title (or the previous one), so keyboard users keep their place.
 * @param {HTMLElement} card
 */
function removeCard(card) {
  const next = card.nextElementSibling || card.previousElementSibling;
  card.remove();
  const title = next && next.querySelector(".tip-title");
  if (title instanceof HTMLElement) title.focus();
}
