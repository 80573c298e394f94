import { receiveClientApiContext } from "../shared/clientContext.js";
import { recordRender } from "../shared/renderTiming.js";
import { failureMessage } from "../shared/failure.js";
import { createFormatter, userLocale } from "../shared/format.js";
import { announce, showContent, showEmpty, showError, showLoading } from "../shared/panelState.js";
import { bareId } from "../shared/record.js";
import { stringsFor } from "../shared/strings.js";
import { fetchAccountEngagement, toAccountEngagement } from "./accountQuery.js";
import { renderAccountEngagement } from "./accountView.js";
import { createTipAnswerer } from "./tipActions.js";

/**
 * Account panel (web resource crmspm_/coaching/account.html on the account main form): engagement across the
 * account's open deals and the open tips on them, with the same answers as the opportunity panel.
 */

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));
const status = /** @type {HTMLElement} */ (document.getElementById("status"));
let renderCount = 0;

receiveClientApiContext(({ xrm, formContext }) => { void render(xrm, formContext); });

/**
 * @param {Xrm.XrmStatic} xrm
 * @param {Xrm.FormContext} formContext
 */
async function render(xrm, formContext) {
  const current = ++renderCount;
  const settings = xrm.Utility.getGlobalContext().userSettings;
  const t = stringsFor(settings.languageId);
  const format = createFormatter(userLocale(settings));
  document.documentElement.lang = format.locale;

  const id = formContext.data.entity.getId();
  if (!id) {
    showEmpty(region, t("noRecord"));
    return;
  }
  showLoading(region, t);
  const now = new Date();
  let record;
  try {
    record = await fetchAccountEngagement(xrm.WebApi, bareId(id), now);
  } catch (error) {
    if (current === renderCount) showError(region, t, failureMessage(error), () => { void render(xrm, formContext); });
    return;
  }
  if (current !== renderCount) return;

  const started = performance.now();
  const engagement = toAccountEngagement(record);
  const answer = createTipAnswerer(xrm.WebApi, t, format, () => new Date());
  showContent(region, ...renderAccountEngagement(engagement, { t, format, answer, announce: (message) => announce(status, message) }, now));
  region.getBoundingClientRect();
  recordRender(engagement.tipCount, performance.now() - started);
}
