import { explainFailure } from "../shared/failure.js";
import { createFormatter, userLocale } from "../shared/format.js";
import { startPage } from "../shared/page.js";
import { createPageWebApi } from "../shared/pageWebApi.js";
import { showContent, showError, showLoading } from "../shared/panelState.js";
import { stringsFor } from "../shared/strings.js";
import { fetchDataIssues } from "./dataQualityQuery.js";
import { renderDataIssues } from "./dataQualityView.js";

/**
 * Data quality page (web resource crmspm_/admin/dataQuality.html, linked from the scoring profile page): the data
 * issues of the last nightly recompute. A page of its own so the admin page stays within its size budget.
 */

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));

startPage(region, (context) => {
  const t = stringsFor(context.userSettings.languageId);
  document.title = t("dataQualityTitle");
  void load(createPageWebApi(context.clientUrl), t, context.userSettings, new Date());
});

/**
 * @param {Spm.ReadApi} webApi
 * @param {Spm.Translate} t
 * @param {Xrm.UserSettings} userSettings
 * @param {Date} now
 */
async function load(webApi, t, userSettings, now) {
  showLoading(region, t);
  let found;
  try {
    found = await fetchDataIssues(webApi);
  } catch (error) {
    showError(region, t, explainFailure(error, t, "admin"), () => { void load(webApi, t, userSettings, now); });
    return;
  }
  showContent(region, ...renderDataIssues(found, t, createFormatter(userLocale(userSettings), now), now));
}
