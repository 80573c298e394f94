import { h, replaceChildren } from "../shared/dom.js";
import { explainFailure } from "../shared/failure.js";
import { dismissForm, snoozeForm } from "./answerForms.js";
import { UNDO_MS } from "./tipActions.js";
import { renderTipCard } from "./tipCard.js";

/**
 * A list of tip cards: the first three open tips show, "Show N more" reveals the rest. An answer shows in place at
 * once with Undo, and is written only when the undo window closes (or the page is left).
 */

/** Tips shown before "Show N more". */
export const VISIBLE_TIPS = 3;

/**
 * @param {Spm.Tip[]} tips already ordered
 * @param {Spm.TipListOptions} options
 * @returns {HTMLElement}
 */
export function renderTipList(tips, options) {
  const { t } = options;
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  const list = h("ul", { class: "tip-list", role: "list" }, tips.map((tip) => renderTipCard(tip, options)));
  const more = h("button", { type: "button", class: "button button-subtle show-more" });
  let expanded = false;

  const refresh = () => {
    let shown = 0;
    let hidden = 0;
    for (const card of Array.from(list.children)) {
      const open = card.getAttribute("data-state") === "open";
      const show = !open || expanded || shown < VISIBLE_TIPS;
      /** @type {HTMLElement} */ (card).hidden = !show;
      if (open && show) shown++;
      if (!show) hidden++;
    }
    more.hidden = hidden === 0;
    more.textContent = t.count("showMore", hidden);
  };
  more.addEventListener("click", () => {
    const firstHidden = Array.from(list.children).find((card) => /** @type {HTMLElement} */ (card).hidden);
    expanded = true;
    refresh();
    const title = firstHidden && firstHidden.querySelector(".tip-title");
    if (title instanceof HTMLElement) title.focus();
  });

  list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-action]") : null;
    const card = button && button.closest("li[data-tip-id]");
    const tip = card && byId.get(card.getAttribute("data-tip-id") || "");
    if (!button || !(card instanceof HTMLElement) || !tip) return;
    const action = button.getAttribute("data-action") || "";
    if (action === "helpful" || action === "unhelpful") void rate(tip, card, action === "helpful", options);
    else startAnswer(tip, card, action, options, refresh);
  });
  refresh();
  return h("div", { class: "tip-list-wrap" }, list, more);
}

/**
 * @param {Spm.Tip} tip
 * @param {HTMLElement} card
 * @param {string} action done, snooze or dismiss
 * @param {Spm.TipListOptions} options
 * @param {() => void} refresh
 */
function startAnswer(tip, card, action, options, refresh) {
  const { t } = options;
  const area = /** @type {HTMLElement} */ (card.querySelector(".tip-answer"));
  const opener = /** @type {HTMLElement} */ (card.querySelector(`[data-action="${action}"]`));
  const close = () => {
    replaceChildren(area);
    opener.setAttribute("aria-expanded", "false");
    opener.focus();
  };
  /** @param {Spm.TipAnswer} answer */
  const submit = (answer) => {
    replaceChildren(area);
    if (opener.hasAttribute("aria-expanded")) opener.setAttribute("aria-expanded", "false");
    answerWithUndo(tip, card, answer, options, refresh);
  };
  if (action === "done") {
    submit({ kind: "done" });
    return;
  }
  const { form, first } = action === "dismiss" ? dismissForm(tip, t, submit, close) : snoozeForm(t, submit, close);
  for (const other of Array.from(card.querySelectorAll("[aria-expanded]"))) other.setAttribute("aria-expanded", "false");
  opener.setAttribute("aria-expanded", "true");
  replaceChildren(area, form);
  first.focus();
}

/**
 * Shows the answer in place with Undo; writes it when UNDO_MS has passed (or the page goes away).
 * @param {Spm.Tip} tip
 * @param {HTMLElement} card
 * @param {Spm.TipAnswer} answer
 * @param {Spm.TipListOptions} options
 * @param {() => void} refresh
 */
function answerWithUndo(tip, card, answer, options, refresh) {
  const { t } = options;
  const body = /** @type {HTMLElement} */ (card.querySelector(".tip-body"));
  const error = /** @type {HTMLElement} */ (card.querySelector(".tip-error"));
  const message = options.answerer.describe(answer);
  const text = h("p", { class: "tip-result-text", tabindex: "-1" }, message);
  const undo = h("button", { type: "button", class: "button button-small" }, t("undo"));
  const result = h("div", { class: "tip-result" }, text, undo);
  const setOpen = (/** @type {boolean} */ open) => {
    body.hidden = !open;
    card.setAttribute("data-state", open ? "open" : "answered");
    options.onCountChange(open ? 1 : -1);
    refresh();
  };

  error.hidden = true;
  card.appendChild(result);
  setOpen(false);
  undo.focus();
  options.announce(`${message} ${t("undoHint")}`);

  const commit = async () => {
    window.clearTimeout(timer);
    window.removeEventListener("pagehide", commit);
    undo.remove();
    try {
      await options.answerer.write(tip, answer);
      card.setAttribute("data-state", "written");
      if (document.activeElement === document.body) text.focus();
    } catch (failure) {
      result.remove();
      setOpen(true);
      error.textContent = `${t("actionFailed")} ${explainFailure(failure, t, "rep").text}`;
      error.hidden = false;
    }
  };
  const timer = window.setTimeout(() => { void commit(); }, UNDO_MS);
  // Leaving the form within the undo window still records the answer.
  window.addEventListener("pagehide", commit);
  undo.addEventListener("click", () => {
    window.clearTimeout(timer);
    window.removeEventListener("pagehide", commit);
    result.remove();
    setOpen(true);
    const title = card.querySelector(".tip-title");
    if (title instanceof HTMLElement) title.focus();
    options.announce(t("undone"));
  });
}

/**
 * Records a like or dislike of the tip and marks the pressed button.
 * @param {Spm.Tip} tip
 * @param {HTMLElement} card
 * @param {boolean} helpful
 * @param {Spm.TipListOptions} options
 */
async function rate(tip, card, helpful, options) {
  const { t } = options;
  const error = /** @type {HTMLElement} */ (card.querySelector(".tip-error"));
  try {
    await options.answerer.rate(tip, helpful);
  } catch (failure) {
    error.textContent = `${t("rateFailed")} ${explainFailure(failure, t, "rep").text}`;
    error.hidden = false;
    return;
  }
  error.hidden = true;
  for (const button of Array.from(card.querySelectorAll(".tip-rate button"))) {
    button.setAttribute("aria-pressed", String(button.getAttribute("data-action") === (helpful ? "helpful" : "unhelpful")));
  }
  options.announce(t("rated"));
}
