import { receiveClientApiContext } from "../shared/clientContext.js";
import { recordRender } from "../shared/renderTiming.js";
import { failureMessage } from "../shared/failure.js";
import { h } from "../shared/dom.js";
import { createFormatter, userLocale } from "../shared/format.js";
import { announce, showContent, showEmpty, showError, showLoading } from "../shared/panelState.js";
import { bareId } from "../shared/record.js";
import { stringsFor } from "../shared/strings.js";
import { renderDealScore } from "./dealScoreView.js";
import { fetchOpportunityCoaching, toOpportunityCoaching } from "./opportunityQuery.js";
import { createTipAnswerer } from "./tipActions.js";
import { renderTipList } from "./tipList.js";

/**
 * Opportunity coaching panel (web resource crmspm_/coaching/opportunity.html on the opportunity main form):
 * the deal score, its trend and reasons, and the open coaching tips with done / dismiss / snooze.
 */

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));
const status = /** @type {HTMLElement} */ (document.getElementById("status"));
/** Each hand-over starts a new render; an older render that finishes late is dropped. */
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
  let record;
  try {
    record = await fetchOpportunityCoaching(xrm.WebApi, bareId(id), new Date());
  } catch (error) {
    if (current === renderCount) showError(region, t, failureMessage(error), () => { void render(xrm, formContext); });
    return;
  }
  if (current !== renderCount) return;

  const started = performance.now();
  const coaching = toOpportunityCoaching(record);
  const answer = createTipAnswerer(xrm.WebApi, t, format, () => new Date());
  showContent(region,
    renderDealScore(coaching, t, format),
    h("section", { class: "tips", "aria-labelledby": "tips-title" },
      h("div", { class: "section-head" },
        h("h2", { id: "tips-title", class: "section-title" }, t("tips")),
        coaching.tips.length > 0 && h("span", { class: "muted" }, t("tipsCount", { count: format.number(coaching.tips.length) }))),
      coaching.tips.length === 0
        ? h("p", { class: "state state-empty" }, t("noTips"))
        : renderTipList(coaching.tips, { t, format, answer, announce: (message) => announce(status, message) }),
      coaching.moreTips && h("p", { class: "muted" }, t("moreNotShown", { count: format.number(coaching.tips.length) }))));
  // Reading layout makes the measurement include style and layout, not only DOM building.
  region.getBoundingClientRect();
  recordRender(coaching.tips.length, performance.now() - started);
}
