/**
 * Numbers and dates in the user's locale and time zone, from Xrm.Utility.getGlobalContext().userSettings.
 */

/** Dataverse language ids (LCID) to BCP 47 tags for the languages Dynamics 365 ships most. */
const LOCALE_BY_LCID = Object.freeze({
  1025: "ar-SA", 1028: "zh-TW", 1029: "cs-CZ", 1030: "da-DK", 1031: "de-DE", 1032: "el-GR", 1033: "en-US",
  1035: "fi-FI", 1036: "fr-FR", 1037: "he-IL", 1038: "hu-HU", 1040: "it-IT", 1041: "ja-JP", 1042: "ko-KR",
  1043: "nl-NL", 1044: "nb-NO", 1045: "pl-PL", 1046: "pt-BR", 1049: "ru-RU", 1053: "sv-SE", 1055: "tr-TR",
  2052: "zh-CN", 2057: "en-GB", 2070: "pt-PT", 3082: "es-ES", 3084: "fr-CA",
});

const DAY_MS = 86400000;

/**
 * Reads what formatting needs from the user settings.
 * @param {Xrm.UserSettings} userSettings
 * @returns {Spm.UserLocale}
 */
export function userLocale(userSettings) {
  return {
    languageId: userSettings.languageId,
    timeZoneOffsetMinutes: userSettings.getTimeZoneOffsetMinutes(),
  };
}

/**
 * @param {Spm.UserLocale} user
 * @returns {Spm.Formatter}
 */
export function createFormatter(user) {
  const locale = /** @type {Record<number, string>} */ (LOCALE_BY_LCID)[user.languageId] || navigator.language || "en-US";
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: 1 });
  // Dataverse gives the user's offset, not an IANA zone: shift the instant and format it as UTC.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const shift = user.timeZoneOffsetMinutes * 60000;
  /** @param {Date} value */
  const userDay = (value) => Math.floor((value.getTime() + shift) / DAY_MS);

  return {
    locale,
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value),
    percent: (value) => percent.format(value),
    signed: (value) => signed.format(value),
    date: (value) => date.format(new Date(value.getTime() + shift)),
    dateOnly: (value) => date.format(value),
    daysAgo: (value, now) => relative.format(userDay(value) - userDay(now), "day"),
  };
}
