import { explainFailure } from "../shared/failure.js";
import { h } from "../shared/dom.js";
import { createFormatter, userLocale } from "../shared/format.js";
import { bareId } from "../shared/ids.js";
import { startPage } from "../shared/page.js";
import { createPageWebApi } from "../shared/pageWebApi.js";
import { emptyState, showContent, showError, showLoading } from "../shared/panelState.js";
import { stringsFor } from "../shared/strings.js";
import { coachingQueue, renderCoachingQueue, renderPractices } from "./coachingQueue.js";
import { downloadCsv, queueCsv, teamCsv } from "./csvExport.js";
import { showRepDeals } from "./repDrillDown.js";
import { elapsedShare, fetchTeamScorecards, periodOf, teamPractices, toRepRow } from "./scorecardQuery.js";
import { renderTeamTable } from "./teamTable.js";

/**
 * Manager scorecard (web resource crmspm_/scorecard/manager.html, a sitemap page or dashboard component): who to
 * coach first, then everyone under the manager in that order with what needs attention, a period picker, a
 * drill-down to a rep's deals and CSV exports.
 */

/** Periods the picker offers: this one and the previous ones. */
const PERIODS_BACK = 6;

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));

startPage(region, (context) => {
  const t = stringsFor(context.userSettings.languageId);
  const locale = userLocale(context.userSettings);
  const now = new Date();
  const format = createFormatter(locale, now);
  document.documentElement.lang = format.locale;
  document.title = t("scorecardTitle");
  void render({
    webApi: createPageWebApi(context.clientUrl), t, format, now,
    period: periodOf(now, locale.timeZoneOffsetMinutes),
    userId: bareId(context.userSettings.userId),
    clientUrl: context.clientUrl,
    timeZoneOffsetMinutes: locale.timeZoneOffsetMinutes,
    openRecord,
  });
});

/**
 * Opens a record with Xrm.Navigation.openForm where ClientGlobalContext.js.aspx gives the page Xrm; false otherwise
 * (the link's own URL then opens it).
 * https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-navigation/openform
 * @param {string} entityName
 * @param {string} id
 * @returns {boolean}
 */
function openRecord(entityName, id) {
  const xrm = /** @type {{ Xrm?: { Navigation?: { openForm?: (options: object) => unknown } } }} */ (/** @type {unknown} */ (window)).Xrm;
  if (!xrm || !xrm.Navigation || typeof xrm.Navigation.openForm !== "function") return false;
  void xrm.Navigation.openForm({ entityName, entityId: id });
  return true;
}

/** @param {Spm.ScorecardPage} page */
async function render(page) {
  const { webApi, t, period, now } = page;
  showLoading(region, t);
  let records;
  try {
    records = await fetchTeamScorecards(webApi, period, page.userId);
  } catch (error) {
    showError(region, t, explainFailure(error, t, "manager"), () => { void render(page); });
    return;
  }

  const rows = records.map(toRepRow);
  const queue = coachingQueue(rows);
  const elapsed = elapsedShare(period, now, page.timeZoneOffsetMinutes);
  const drillDown = h("section", { class: "card drill-down", "aria-labelledby": "drill-title", hidden: true });
  const drillInto = (/** @type {Spm.RepRow} */ row) => { void showRepDeals(page, row, drillDown); };
  const picker = h("select", { id: "period", onchange: () => { void render(Object.assign({}, page, { period: picker.value })); } },
    Array.from({ length: PERIODS_BACK }, (_, back) => {
      const value = periodOf(now, page.timeZoneOffsetMinutes, back);
      return h("option", { value, selected: value === period }, value);
    }));
  const header = h("header", { class: "page-head" },
    h("h1", null, t("scorecardTitle")),
    h("div", { class: "head-actions" },
      h("label", { for: "period" }, t("periodLabel")), picker,
      queue.length > 0 && h("button", { type: "button", class: "button", onclick: () => downloadCsv(queueCsv(queue, page), `crmspm-coaching-queue-${period}`) }, t("exportQueue")),
      rows.length > 0 && h("button", { type: "button", class: "button", onclick: () => downloadCsv(teamCsv(rows, page), `crmspm-team-scorecard-${period}`) }, t("exportCsv"))));
  if (rows.length === 0) {
    showContent(region, header, emptyState(t("noTeam")));
    return;
  }
  const ordered = rows.slice().sort((a, b) => a.needOrder - b.needOrder);
  showContent(region,
    header,
    h("div", { class: "columns" },
      renderCoachingQueue(queue, page, drillInto),
      renderPractices(teamPractices(rows), page)),
    h("section", { class: "card", "aria-labelledby": "team-title" },
      h("h2", { id: "team-title", class: "section-title" }, t("team")),
      renderTeamTable(ordered, page, elapsed, drillInto)),
    drillDown);
}
