import { h, replaceChildren } from "../shared/dom.js";
import { failureMessage } from "../shared/failure.js";
import { emptyState, showContent, showError, showLoading } from "../shared/panelState.js";
import { fetchRepDeals } from "./repDealsQuery.js";

/**
 * Opens the scorecard's drill-down on one rep: their open deals that need attention, one Web API call.
 * @param {Spm.ScorecardPage} page
 * @param {Spm.RepRow} row
 * @param {HTMLElement} section
 */
export async function showRepDeals(page, row, section) {
  const { webApi, t, now } = page;
  const title = h("h2", { id: "drill-title", class: "section-title", tabindex: "-1" }, t("dealsFor", { rep: row.repName }));
  const close = h("button", { type: "button", class: "button", onclick: () => { section.hidden = true; } }, t("closeDrillDown"));
  const body = h("div", { "aria-busy": "true" });
  replaceChildren(section, h("div", { class: "section-head" }, title, close), body);
  section.hidden = false;
  title.focus();
  showLoading(body, t);
  try {
    const deals = await fetchRepDeals(webApi, row.repId, now);
    showContent(body, renderRepDeals(row.repName, deals, page));
  } catch (error) {
    showError(body, t, failureMessage(error), () => { void showRepDeals(page, row, section); });
  }
}

/**
 * The table of the rep's deals, or a line saying none needs attention.
 * @param {string} repName
 * @param {Spm.DealNeedingAttention[]} deals
 * @param {Spm.ScorecardPage} page
 * @returns {HTMLElement}
 */
function renderRepDeals(repName, deals, { t, format, now }) {
  if (deals.length === 0) return emptyState(t("noDealsNeedAttention", { rep: repName }));
  return h("div", { class: "table-scroll", role: "region", "aria-labelledby": "drill-title", tabindex: "0" },
    h("table", null,
      h("thead", null, h("tr", null,
        h("th", { scope: "col" }, t("deal")),
        h("th", { scope: "col", class: "number" }, t("value")),
        h("th", { scope: "col" }, t("closeDate")),
        h("th", { scope: "col", class: "number" }, t("dealScore")),
        h("th", { scope: "col" }, t("lastTouch")),
        h("th", { scope: "col", class: "number" }, t("closeDatePushes")))),
      h("tbody", null, deals.map((deal) => h("tr", { "data-deal-id": deal.id },
        h("th", { scope: "row" }, deal.name),
        h("td", { class: "number" }, deal.value),
        h("td", null, deal.closeDate ? format.dateOnly(deal.closeDate) : "–"),
        h("td", { class: "number" }, deal.score === null ? "–" : format.number(deal.score)),
        h("td", null, deal.lastTouch ? format.daysAgo(deal.lastTouch, now) : t("never")),
        h("td", { class: "number" }, format.number(deal.closeDatePushes)))))));
}
