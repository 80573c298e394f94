import { explainFailure } from "../shared/failure.js";
import { createFormatter, offsetAt, userLocale } from "../shared/format.js";
import { showContent, showError, showLoading } from "../shared/panelState.js";
import { fetchStepHealth } from "./healthQuery.js";
import { renderHealth } from "./healthView.js";

const MINUTE_MS = 60000;

/**
 * Loads and shows the plug-in health section (one Web API call), independently of the profile editor below it:
 * either can fail and offer its own retry.
 * @param {HTMLElement} section
 * @param {Spm.ReadApi} webApi
 * @param {Spm.Translate} t
 * @param {Xrm.UserSettings} userSettings
 * @param {Date} now the moment the page opened
 */
export async function loadHealth(section, webApi, t, userSettings, now) {
  showLoading(section, t);
  const locale = userLocale(userSettings);
  const format = createFormatter(locale, now);
  const offset = offsetAt(locale.timeZoneOffsetMinutes, now);
  const clock = new Intl.DateTimeFormat(format.locale, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  /** The user's clock time of an instant, in their Dynamics time zone. @param {Date} instant */
  const time = (instant) => clock.format(new Date(instant.getTime() + offset(instant) * MINUTE_MS));
  let health;
  try {
    health = await fetchStepHealth(webApi, now);
  } catch (error) {
    showError(section, t, explainFailure(error, t, "admin"), () => { void loadHealth(section, webApi, t, userSettings, now); });
    return;
  }
  showContent(section, ...renderHealth(health, t, format, now, time));
}
