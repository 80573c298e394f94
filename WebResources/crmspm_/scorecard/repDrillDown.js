import { h, replaceChildren } from "../shared/dom.js";
import { explainFailure } from "../shared/failure.js";
import { Opportunity } from "../shared/schema/opportunity.js";
import { emptyState, showContent, showError, showLoading } from "../shared/panelState.js";
import { dealsCsv, downloadCsv } from "./csvExport.js";
import { fetchRepDeals } from "./repDealsQuery.js";

/**
 * Opens the scorecard's drill-down on one rep: their open deals that need attention and why, one Web API call; each
 * deal opens its record.
 * @param {Spm.ScorecardPage} page
 * @param {Spm.RepRow} row
 * @param {HTMLElement} section
 */
export async function showRepDeals(page, row, section) {
  const { webApi, t, now } = page;
  const title = h("h2", { id: "drill-title", class: "section-title", tabindex: "-1" }, t("dealsFor", { rep: row.repName }));
  const exportButton = h("button", { type: "button", class: "button", hidden: true }, t("exportDeals"));
  const close = h("button", { type: "button", class: "button", onclick: () => { section.hidden = true; } }, t("closeDrillDown"));
  const body = h("div", { "aria-busy": "true" });
  replaceChildren(section, h("div", { class: "section-head" }, title, h("div", { class: "head-actions" }, exportButton, close)), body);
  section.hidden = false;
  title.focus();
  showLoading(body, t);
  try {
    const deals = await fetchRepDeals(webApi, row.repId, now, t);
    exportButton.hidden = deals.length === 0;
    exportButton.addEventListener("click", () => downloadCsv(dealsCsv(row.repName, deals, t), `crmspm-deals-${page.period}`));
    showContent(body, renderRepDeals(row.repName, deals, page));
  } catch (error) {
    showError(body, t, explainFailure(error, t, "manager"), () => { void showRepDeals(page, row, section); });
  }
}

/**
 * The table of the rep's deals, or a line saying none needs attention.
 * @param {string} repName
 * @param {Spm.DealNeedingAttention[]} deals
 * @param {Spm.ScorecardPage} page
 * @returns {HTMLElement}
 */
function renderRepDeals(repName, deals, { t, format, now, clientUrl, openRecord }) {
  if (deals.length === 0) return emptyState(t("noDealsNeedAttention", { rep: repName }));
  /** @param {Spm.DealNeedingAttention} deal */
  const link = (deal) => h("a", {
    // The record's own URL works everywhere; inside Dynamics, openForm opens it in the app.
    // https://learn.microsoft.com/power-apps/developer/model-driven-apps/open-forms-views-dialogs-reports-url
    href: `${clientUrl.replace(/\/+$/, "")}/main.aspx?pagetype=entityrecord&etn=${Opportunity.entity}&id=${encodeURIComponent(deal.id)}`,
    target: "_top",
    onclick: (event) => { if (openRecord(Opportunity.entity, deal.id)) event.preventDefault(); },
  }, deal.name);
  return h("div", { class: "table-scroll", role: "region", "aria-labelledby": "drill-title", tabindex: "0" },
    h("table", null,
      h("thead", null, h("tr", null,
        h("th", { scope: "col" }, t("deal")),
        h("th", { scope: "col" }, t("whyFlagged")),
        h("th", { scope: "col", class: "number" }, t("value")),
        h("th", { scope: "col" }, t("closeDate")),
        h("th", { scope: "col", class: "number" }, t("dealScore")),
        h("th", { scope: "col" }, t("lastTouch")))),
      h("tbody", null, deals.map((deal) => h("tr", { "data-deal-id": deal.id },
        h("th", { scope: "row" }, link(deal)),
        h("td", { class: "why" }, deal.reasons.join(" · ")),
        h("td", { class: "number" }, deal.value),
        h("td", null, deal.closeDate ? format.dateOnly(deal.closeDate) : "–"),
        h("td", { class: "number" }, deal.score === null ? "–" : format.number(deal.score)),
        h("td", null, deal.lastTouch ? format.daysAgo(deal.lastTouch, now) : t("never")))))));
}
