import { h } from "../shared/dom.js";
import { emptyState } from "../shared/panelState.js";
import { createTipCount } from "./tipCount.js";
import { renderTipList } from "./tipList.js";

/**
 * The account panel's content: engagement figures across the open deals, then each deal's open tips.
 */

/**
 * @param {Spm.AccountEngagement} engagement
 * @param {Omit<Spm.TipListOptions, "onCountChange">} tipOptions
 * @param {Date} now
 * @returns {HTMLElement[]}
 */
export function renderAccountEngagement(engagement, tipOptions, now) {
  const { t, format } = tipOptions;
  const count = createTipCount(t, engagement.tipCount);
  const summary = h("section", { class: "block", "aria-labelledby": "engagement-title" },
    h("h2", { id: "engagement-title", class: "block-title" }, t("accountEngagement")),
    h("dl", { class: "engagement" },
      figure(t("openDeals"), format.number(engagement.deals.length)),
      figure(t("lastTouch"), engagement.lastTouch ? format.daysAgo(engagement.lastTouch, now) : t("never"),
        engagement.lastTouch ? format.date(engagement.lastTouch) : ""),
      figure(t("contactsEngaged"), format.number(engagement.contactsEngaged)),
      figure(t("dealsAtRisk"), format.number(engagement.dealsAtRisk))));

  const dealsWithTips = engagement.deals.filter((deal) => deal.tips.length > 0);
  const tips = h("section", { class: "block tips", "aria-labelledby": "tips-title" },
    h("div", { class: "block-head" },
      h("h2", { id: "tips-title", class: "block-title" }, t("tips")),
      engagement.tipCount > 0 && count.element),
    engagement.deals.length === 0
      ? emptyState(t("noOpenDeals"))
      : dealsWithTips.length === 0
        ? emptyState(t("noTips"))
        : dealsWithTips.map((deal) => h("div", { class: "deal-group", "data-deal-id": deal.id },
          h("h3", { class: "deal-title" },
            deal.name, " ",
            deal.score !== null && h("span", { class: deal.atRisk ? "badge badge-danger" : "badge badge-neutral" },
              h("span", { class: "visually-hidden" }, t("dealScore"), ": "), format.number(deal.score))),
          renderTipList(deal.tips, Object.assign({}, tipOptions, { titleLevel: /** @type {"h4"} */ ("h4"), onCountChange: count.change })))));
  return [h("div", { class: "panel-columns" }, summary, tips)];
}

/**
 * @param {string} label
 * @param {string} value
 * @param {string} [title] fuller value shown on hover (e.g. the exact date behind "2 days ago")
 * @returns {HTMLElement}
 */
function figure(label, value, title) {
  return h("div", null, h("dt", null, label), h("dd", { title: title || null }, value));
}
