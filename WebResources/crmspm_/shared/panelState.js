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
 * @param {Element} region
 * @param {Spm.Translate} t
 * @param {string} message
 * @param {() => void} retry
 */
export function showError(region, t, message, retry) {
  region.setAttribute("aria-busy", "false");
  replaceChildren(region,
    h("div", { class: "state state-error", role: "alert" },
      h("p", null, t("loadFailed", { message })),
      h("button", { type: "button", class: "button", onclick: retry }, t("retry"))));
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
