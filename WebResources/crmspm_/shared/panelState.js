import { h, replaceChildren } from "./dom.js";

/**
 * @param {Element} region
 * @param {Spm.Translate} t
 */
export function showLoading(region, t) {
  region.setAttribute("aria-busy", "true");
  replaceChildren(region, h("p", { class: "state state-loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("loading")));
}

/**
 * The line a page or section shows when it has nothing to list.
 * @param {string} message
 */
export function emptyState(message) {
  return h("p", { class: "state state-empty" }, message);
}

/**
 * A Fluent message bar: the failure in plain words, what to do next, a retry button and the platform's text folded
 * away for the administrator.
 * @param {Spm.Translate} t
 * @param {Spm.Failure} failure
 * @param {(() => void) | null} retry
 * @returns {HTMLElement}
 */
export function messageBar(t, failure, retry) {
  return h("div", { class: `message-bar message-bar-${failure.kind === "access" ? "warning" : "error"}`, role: "alert" },
    h("span", { class: "message-bar-icon", "aria-hidden": "true" }, failure.kind === "access" ? "!" : "×"),
    h("div", { class: "message-bar-body" },
      h("p", null, failure.text),
      failure.detail && h("details", null, h("summary", null, t("technicalDetails")), h("p", { class: "muted" }, failure.detail))),
    retry && h("button", { type: "button", class: "button", onclick: retry }, t("retry")));
}

/**
 * @param {Element} region
 * @param {Spm.Translate} t
 * @param {Spm.Failure} failure
 * @param {() => void} retry
 */
export function showError(region, t, failure, retry) {
  region.setAttribute("aria-busy", "false");
  replaceChildren(region, messageBar(t, failure, retry));
}

/**
 * Shows `content` in the region and marks it ready.
 * @param {Element} region
 * @param {...(Node | null | false)} content
 */
export function showContent(region, ...content) {
  region.setAttribute("aria-busy", "false");
  replaceChildren(region, ...content);
}
