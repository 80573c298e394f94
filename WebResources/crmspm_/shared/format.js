import { localeOf } from "./locale.js";

/**
 * Numbers and dates the way the user's Dynamics settings say (Xrm.Utility.getGlobalContext().userSettings):
 * the language's number format, the user's short date pattern (dateFormattingInfo) and time zone.
 */

const DAY_MS = 86400000;
const MINUTE_MS = 60000;

/**
 * Reads what formatting needs from the user settings.
 * @param {Xrm.UserSettings} userSettings
 * @returns {Spm.UserLocale}
 */
export function userLocale(userSettings) {
  const info = userSettings.dateFormattingInfo;
  return {
    languageId: userSettings.languageId,
    timeZoneOffsetMinutes: userSettings.getTimeZoneOffsetMinutes(),
    shortDatePattern: info && typeof info.ShortDatePattern === "string" ? info.ShortDatePattern : "",
    dateSeparator: info && typeof info.DateSeparator === "string" ? info.DateSeparator : "/",
    monthNames: info && Array.isArray(info.AbbreviatedMonthNames) ? info.AbbreviatedMonthNames : [],
  };
}

/**
 * The user's offset from UTC at `instant`. Dynamics hands over only today's offset; when the browser's own zone
 * has that offset today, the browser's zone (with its daylight-saving rules) gives the offset at any other date.
 * @param {number} offsetNow minutes east of UTC, from getTimeZoneOffsetMinutes()
 * @param {Date} now
 * @returns {(instant: Date) => number} minutes
 */
export function offsetAt(offsetNow, now) {
  const browserOffset = (/** @type {Date} */ date) => -date.getTimezoneOffset();
  return browserOffset(now) === offsetNow ? browserOffset : () => offsetNow;
}

/**
 * Formats a calendar day (UTC fields of `day`) with a .NET short date pattern ("M/d/yyyy", "dd.MM.yyyy", …).
 * @param {Date} day
 * @param {Spm.UserLocale} user
 * @returns {string}
 */
function patternDate(day, user) {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  /** @type {Record<string, string>} */
  const tokens = {
    yyyy: String(year), yy: String(year % 100).padStart(2, "0"), y: String(year % 100),
    MMMM: user.monthNames[month] || String(month + 1), MMM: user.monthNames[month] || String(month + 1),
    MM: String(month + 1).padStart(2, "0"), M: String(month + 1),
    dd: String(date).padStart(2, "0"), d: String(date),
  };
  return user.shortDatePattern.replace(/yyyy|yy|y|MMMM|MMM|MM|M|dd|d|\/|'[^']*'/g, (token) =>
    token === "/" ? user.dateSeparator : token.charAt(0) === "'" ? token.slice(1, -1) : tokens[token]);
}

/**
 * @param {Spm.UserLocale} user
 * @param {Date} [now] the moment the page opened (for the time-zone rules)
 * @returns {Spm.Formatter}
 */
export function createFormatter(user, now) {
  const locale = localeOf(user.languageId);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: 1 });
  const medium = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const offset = offsetAt(user.timeZoneOffsetMinutes, now || new Date());
  /** The user's calendar day of an instant, as a UTC midnight. @param {Date} value */
  const userDay = (value) => new Date(Math.floor((value.getTime() + offset(value) * MINUTE_MS) / DAY_MS) * DAY_MS);
  /** @param {Date} day a UTC midnight */
  const day = (day) => (user.shortDatePattern ? patternDate(day, user) : medium.format(day));

  return {
    locale,
    number: (value, fractionDigits) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits || 0 }).format(value),
    percent: (value) => percent.format(value),
    signed: (value) => signed.format(value),
    date: (value) => day(userDay(value)),
    // Date-only values (due dates, close dates) are stored at UTC midnight: their UTC day is the day meant.
    dateOnly: (value) => day(value),
    daysAgo: (value, now) => relative.format((userDay(value).getTime() - userDay(now).getTime()) / DAY_MS, "day"),
  };
}
