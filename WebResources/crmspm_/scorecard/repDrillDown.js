import { h, replaceChildren } from "../shared/dom.js";
import { failureMessage } from "../shared/failure.js";
import { showContent, showError, showLoading } from "../shared/panelState.js";
import { fetchRepDeals } from "./repDealsQuery.js";
import { renderRepDeals } from "./repDealsView.js";

/**
 * Opens the scorecard's drill-down on one rep: their open deals that need attention, one Web API call.
 * @param {Spm.ScorecardPage} page
 * @param {Spm.RepRow} row
 * @param {HTMLElement} section
 */
export async function showRepDeals(page, row, section) {
  const { webApi, t, format, now } = page;
  const title = h("h2", { id: "drill-title", class: "section-title", tabindex: "-1" }, t("dealsFor", { rep: row.repName }));
  const close = h("button", { type: "button", class: "button", onclick: () => { section.hidden = true; } }, t("closeDrillDown"));
  const body = h("div", { "aria-busy": "true" });
  replaceChildren(section, h("div", { class: "section-head" }, title, close), body);
  section.hidden = false;
  title.focus();
  showLoading(body, t);
  try {
    const deals = await fetchRepDeals(webApi, row.repId, now);
    showContent(body, ...renderRepDeals(row.repName, deals, t, format, now));
  } catch (error) {
    showError(body, t, failureMessage(error), () => { void showRepDeals(page, row, section); });
  }
}
