import { h } from "../shared/dom.js";

/**
 * The drill-down table of one rep's deals that need attention.
 */

/**
 * @param {string} repName
 * @param {Spm.DealNeedingAttention[]} deals
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @param {Date} now
 * @returns {HTMLElement[]}
 */
export function renderRepDeals(repName, deals, t, format, now) {
  if (deals.length === 0) return [h("p", { class: "state state-empty" }, t("noDealsNeedAttention", { rep: repName }))];
  return [h("div", { class: "table-scroll", role: "region", "aria-labelledby": "drill-title", tabindex: "0" },
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
        h("td", { class: "number" }, format.number(deal.closeDatePushes)))))))];
}
