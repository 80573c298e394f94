import { h, replaceChildren } from "./dom.js";
import { stringsFor } from "./strings.js";
import { applyTheme } from "./theme.js";

/**
 * Starts a page opened outside a form (a sitemap or dashboard web resource). Its HTML loads
 * `../../ClientGlobalContext.js.aspx`, which defines GetGlobalContext(); nothing reaches into a parent frame.
 * Opened anywhere else, the page says so instead of failing silently.
 * @param {HTMLElement} region the page's main region
 * @param {(context: Spm.PageContext) => void} run
 */
export function startPage(region, run) {
  const global = /** @type {{ GetGlobalContext?: () => Xrm.GlobalContext }} */ (/** @type {unknown} */ (window));
  if (typeof global.GetGlobalContext !== "function") {
    region.setAttribute("aria-busy", "false");
    // Without the context there is no user language: the default (English) strings apply.
    replaceChildren(region, h("p", { class: "message-bar message-bar-warning", role: "alert" }, stringsFor(0)("noGlobalContext")));
    return;
  }
  const context = global.GetGlobalContext();
  applyTheme(context);
  run({ userSettings: context.userSettings, clientUrl: context.getClientUrl() });
}
