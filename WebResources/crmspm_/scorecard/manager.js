import { failureMessage } from "../shared/failure.js";
import { h } from "../shared/dom.js";
import { createFormatter, userLocale } from "../shared/format.js";
import { startPage } from "../shared/page.js";
import { createPageWebApi } from "../shared/pageWebApi.js";
import { emptyState, showContent, showError, showLoading } from "../shared/panelState.js";
import { stringsFor } from "../shared/strings.js";
import { rankCoachingQueue, renderCoachingQueue, renderPractices } from "./coachingQueue.js";
import { fetchTeamScorecards, periodOf, teamPractices, toRepRow } from "./scorecardQuery.js";
import { renderTeamTable } from "./teamTable.js";
import { downloadCsv, teamCsv } from "./csvExport.js";
import { showRepDeals } from "./repDrillDown.js";

/**
 * Manager scorecard (web resource crmspm_/scorecard/manager.html, a sitemap page or dashboard component): the team
 * table, top-performer practices, the coaching queue, a drill-down to a rep's deals and a CSV export.
 */

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));

startPage(region, (context) => {
  const t = stringsFor(context.userSettings.languageId);
  const locale = userLocale(context.userSettings);
  const format = createFormatter(locale);
  document.documentElement.lang = format.locale;
  document.title = t("scorecardTitle");
  const now = new Date();
  void render({ webApi: createPageWebApi(context.clientUrl), t, format, now, period: periodOf(now, locale.timeZoneOffsetMinutes) });
});

/** @param {Spm.ScorecardPage} page */
async function render(page) {
  const { webApi, t, format, period } = page;
  showLoading(region, t);
  let records;
  try {
    records = await fetchTeamScorecards(webApi, period);
  } catch (error) {
    showError(region, t, failureMessage(error), () => { void render(page); });
    return;
  }

  const rows = records.map(toRepRow).sort((a, b) => a.repName.localeCompare(b.repName, format.locale));
  const drillDown = h("section", { class: "card drill-down", "aria-labelledby": "drill-title", hidden: true });
  const header = h("header", { class: "page-head" },
    h("div", null, h("h1", null, t("scorecardTitle")), h("p", { class: "muted" }, t("period", { period }))),
    rows.length > 0 && h("button", { type: "button", class: "button", onclick: () => downloadCsv(teamCsv(rows, page), period) },
      t("exportCsv")));
  if (rows.length === 0) {
    showContent(region, header, emptyState(t("noTeam")));
  } else {
    showContent(region,
      header,
      h("section", { class: "card", "aria-labelledby": "team-title" },
        h("h2", { id: "team-title", class: "section-title" }, t("team")),
        renderTeamTable(rows, page, (row) => { void showRepDeals(page, row, drillDown); })),
      drillDown,
      h("div", { class: "columns" },
        renderCoachingQueue(rankCoachingQueue(rows), page),
        renderPractices(teamPractices(rows), page)));
  }
}
