import { h, replaceChildren } from "./dom.js";

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
    replaceChildren(region, h("p", { class: "state state-error", role: "alert" },
      "ClientGlobalContext.js.aspx is not loaded: open this page from Dynamics 365."));
    return;
  }
  const context = global.GetGlobalContext();
  run({ userSettings: context.userSettings, clientUrl: context.getClientUrl() });
}
