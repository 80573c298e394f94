import { receiveClientApiContext } from "./clientContext.js";
import { explainFailure } from "./failure.js";
import { createFormatter, userLocale } from "./format.js";
import { emptyState, showContent, showError, showLoading } from "./panelState.js";
import { bareId } from "./ids.js";
import { stringsFor } from "./strings.js";
import { applyTheme } from "./theme.js";

/**
 * Runs a panel on a form (coaching/opportunity.html, coaching/account.html): each time the form hands over Xrm and
 * formContext, loads the record in one Web API call and shows it, with the loading, unsaved-record and error states.
 * The page's HTML has a `#panel` region and a `#status` live region.
 * @template T
 * @param {Spm.FormPanel<T>} panel
 */
export function startFormPanel(panel) {
  const region = /** @type {HTMLElement} */ (document.getElementById("panel"));
  const status = /** @type {HTMLElement} */ (document.getElementById("status"));
  /** Each hand-over starts a new render; an older render that finishes late is dropped. */
  let renderCount = 0;

  /**
   * @param {Xrm.XrmStatic} xrm
   * @param {Xrm.FormContext} formContext
   */
  const render = async (xrm, formContext) => {
    const current = ++renderCount;
    const globalContext = xrm.Utility.getGlobalContext();
    applyTheme(globalContext);
    const settings = globalContext.userSettings;
    const t = stringsFor(settings.languageId);
    const now = new Date();
    const format = createFormatter(userLocale(settings), now);
    document.documentElement.lang = format.locale;

    const id = formContext.data.entity.getId();
    if (!id) {
      showContent(region, emptyState(t("noRecord")));
      return;
    }
    showLoading(region, t);
    let data;
    try {
      data = await panel.load(xrm.WebApi, bareId(id), now);
    } catch (error) {
      if (current === renderCount) {
        showError(region, t, explainFailure(error, t, panel.audience), () => { void render(xrm, formContext); });
      }
      return;
    }
    if (current !== renderCount) return;

    const started = performance.now();
    // The #status region (role="status") reads a message out to screen readers; what a user sees is in the card.
    const announce = (/** @type {string} */ message) => { status.textContent = message; };
    const shown = panel.render(data, { webApi: xrm.WebApi, t, format, now, announce });
    showContent(region, ...shown.content);
    // Reading layout makes the measurement include style and layout, not only DOM building.
    region.getBoundingClientRect();
    recordRender(shown.items, performance.now() - started);
  };

  receiveClientApiContext(({ xrm, formContext }) => { void render(xrm, formContext); });
}

/**
 * Records the latest render's duration after its data arrived (DOM and layout) in `window.crmspm.lastRender`,
 * for the browser tests' perf record.
 * @param {number} items what was rendered (tips)
 * @param {number} ms
 */
function recordRender(items, ms) {
  const host = /** @type {Spm.HostWindow} */ (window);
  host.crmspm = host.crmspm || {};
  host.crmspm.lastRender = { tips: items, ms };
}
