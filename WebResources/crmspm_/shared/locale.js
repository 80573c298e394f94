/** Dataverse language ids (LCID) to BCP 47 tags for the languages Dynamics 365 ships most. */
const LOCALE_BY_LCID = Object.freeze({
  1025: "ar-SA", 1028: "zh-TW", 1029: "cs-CZ", 1030: "da-DK", 1031: "de-DE", 1032: "el-GR", 1033: "en-US",
  1035: "fi-FI", 1036: "fr-FR", 1037: "he-IL", 1038: "hu-HU", 1040: "it-IT", 1041: "ja-JP", 1042: "ko-KR",
  1043: "nl-NL", 1044: "nb-NO", 1045: "pl-PL", 1046: "pt-BR", 1049: "ru-RU", 1053: "sv-SE", 1055: "tr-TR",
  2052: "zh-CN", 2057: "en-GB", 2070: "pt-PT", 3082: "es-ES", 3084: "fr-CA",
});

/**
 * The BCP 47 tag of a Dataverse language id; the browser's language for one not listed.
 * @param {number} languageId
 * @returns {string}
 */
export function localeOf(languageId) {
  return /** @type {Record<number, string>} */ (LOCALE_BY_LCID)[languageId] || navigator.language || "en-US";
}
