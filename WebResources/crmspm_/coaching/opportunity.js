import { h } from "../shared/dom.js";
import { startFormPanel } from "../shared/formPanel.js";
import { emptyState } from "../shared/panelState.js";
import { renderDealScore } from "./dealScoreView.js";
import { fetchOpportunityCoaching, toOpportunityCoaching } from "./opportunityQuery.js";
import { createTipAnswerer } from "./tipActions.js";
import { renderTipList } from "./tipList.js";

/**
 * Opportunity coaching panel (web resource crmspm_/coaching/opportunity.html on the opportunity main form):
 * the deal score, its trend and reasons, and the open coaching tips with done / dismiss / snooze.
 */
startFormPanel({
  load: fetchOpportunityCoaching,
  render(record, { webApi, t, format, announce }) {
    const coaching = toOpportunityCoaching(record);
    const { tips } = coaching;
    const answer = createTipAnswerer(webApi, t, format, () => new Date());
    const count = { count: format.number(tips.length) };
    return {
      items: tips.length,
      content: [
        renderDealScore(coaching, t, format),
        h("section", { class: "tips", "aria-labelledby": "tips-title" },
          h("div", { class: "section-head" },
            h("h2", { id: "tips-title", class: "section-title" }, t("tips")),
            tips.length > 0 && h("span", { class: "muted" }, t("tipsCount", count))),
          tips.length === 0
            ? emptyState(t("noTips"))
            : renderTipList(tips, { t, format, answer, announce }),
          coaching.moreTips && h("p", { class: "muted" }, t("moreNotShown", count))),
      ],
    };
  },
});
