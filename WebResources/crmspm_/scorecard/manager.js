import { failureMessage } from "../shared/failure.js";
import { h } from "../shared/dom.js";
import { createFormatter, userLocale } from "../shared/format.js";
import { startPage } from "../shared/page.js";
import { createPageWebApi } from "../shared/pageWebApi.js";
import { showContent, showError, showLoading } from "../shared/panelState.js";
import { stringsFor } from "../shared/strings.js";
import { rankCoachingQueue, renderCoachingQueue, renderPractices } from "./coachingQueue.js";
import { fetchTeamScorecards, periodOf, teamPractices, toRepRow } from "./scorecardQuery.js";
import { renderTeamTable } from "./teamTable.js";

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
    rows.length > 0 && h("button", { type: "button", class: "button", onclick: () => { void exportCsv(rows, period, t); } },
      t("exportCsv")));
  if (rows.length === 0) {
    showContent(region, header, h("p", { class: "state state-empty" }, t("noTeam")));
  } else {
    showContent(region,
      header,
      h("section", { class: "card", "aria-labelledby": "team-title" },
        h("h2", { id: "team-title", class: "section-title" }, t("team")),
        renderTeamTable(rows, t, format, (row) => { void drillInto(page, row, drillDown); })),
      drillDown,
      h("div", { class: "columns" },
        renderCoachingQueue(rankCoachingQueue(rows), t, format),
        renderPractices(teamPractices(rows), t, format)));
  }
}

/**
 * The drill-down and the export are used now and then, so their code loads on first use, not with the page.
 * @param {Spm.ScorecardPage} page
 * @param {Spm.RepRow} row
 * @param {HTMLElement} section
 */
async function drillInto(page, row, section) {
  const { showRepDeals } = await import("./repDrillDown.js");
  await showRepDeals(page, row, section);
}

/**
 * @param {Spm.RepRow[]} rows
 * @param {string} period
 * @param {Spm.Translate} t
 */
async function exportCsv(rows, period, t) {
  const { downloadCsv, teamCsv } = await import("./csvExport.js");
  downloadCsv(teamCsv(rows, period, t), period);
}
