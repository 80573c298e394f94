import { h } from "../shared/dom.js";
import { startFormPanel } from "../shared/formPanel.js";
import { emptyState } from "../shared/panelState.js";
import { renderDealScore } from "./dealScoreView.js";
import { fetchOpportunityCoaching, toOpportunityCoaching } from "./opportunityQuery.js";
import { createTipAnswerer } from "./tipActions.js";
import { createTipCount } from "./tipCount.js";
import { renderTipList } from "./tipList.js";

/**
 * Opportunity coaching panel (web resource crmspm_/coaching/opportunity.html on the opportunity main form):
 * the deal score (grade, trend, reasons), then the open coaching tips; side by side on a wide tab.
 */
startFormPanel({
  audience: "rep",
  load: fetchOpportunityCoaching,
  render(record, { webApi, t, format, announce }) {
    const coaching = toOpportunityCoaching(record);
    const { tips } = coaching;
    const count = createTipCount(t, tips.length);
    const answerer = createTipAnswerer(webApi, t, format, () => new Date());
    return {
      items: tips.length,
      content: [
        h("div", { class: "panel-columns" },
          renderDealScore(coaching, t, format),
          h("section", { class: "block tips", "aria-labelledby": "tips-title" },
            h("div", { class: "block-head" },
              h("h2", { id: "tips-title", class: "block-title" }, t("tips")), tips.length > 0 && count.element),
            tips.length === 0
              ? emptyState(t("noTips"))
              : renderTipList(tips, { t, format, answerer, announce, onCountChange: count.change }),
            coaching.moreTips && h("p", { class: "muted" }, t("moreNotShown", { count: format.number(tips.length) })))),
      ],
    };
  },
});
