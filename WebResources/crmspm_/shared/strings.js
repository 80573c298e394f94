import en from "../strings/en.js";

/** Resource files by Dataverse language id; English is the fallback for any language without one. */
const TABLES = Object.freeze({ 1033: en });

/**
 * Returns the translator for the user's language.
 * @param {number} languageId LCID from userSettings.languageId
 * @returns {Spm.Translate}
 */
export function stringsFor(languageId) {
  const table = /** @type {Record<number, typeof en>} */ (TABLES)[languageId] || en;
  return (key, values) => {
    const text = table[key] || en[key] || key;
    return values ? text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match)) : text;
  };
}
