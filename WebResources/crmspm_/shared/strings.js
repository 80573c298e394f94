import en from "../strings/en.js";
import fr from "../strings/fr.js";
import { localeOf } from "./locale.js";

/** Resource files by Dataverse language id; English is the fallback for any language without one. */
const TABLES = Object.freeze({ 1033: en, 2057: en, 1036: fr, 3084: fr });

/**
 * Returns the translator for the user's language: `t(key, values)` fills `{name}` placeholders; `t.count(key, n)`
 * picks the plural form the language's rules ask for (Intl.PluralRules) and fills `{count}`.
 * @param {number} languageId LCID from userSettings.languageId
 * @returns {Spm.Translate}
 */
export function stringsFor(languageId) {
  const table = /** @type {Record<string, Spm.Text>} */ (/** @type {Record<number, unknown>} */ (TABLES)[languageId] || en);
  const fallback = /** @type {Record<string, Spm.Text>} */ (en);
  const locale = localeOf(languageId);
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  /** @param {string} text @param {Record<string, string | number>} [values] */
  const fill = (text, values) =>
    values ? text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match)) : text;
  /** @param {string} key @param {number} [n] */
  const lookup = (key, n) => {
    const text = table[key] || fallback[key] || key;
    if (typeof text === "string") return text;
    const form = n === undefined ? "other" : plurals.select(n);
    return /** @type {Record<string, string>} */ (text)[form] || text.other;
  };
  /** @type {any} */
  const t = (/** @type {string} */ key, /** @type {Record<string, string | number>} */ values) => fill(lookup(key), values);
  t.count = (/** @type {string} */ key, /** @type {number} */ n, /** @type {Record<string, string | number>} */ values) =>
    fill(lookup(key, n), Object.assign({ count: numbers.format(n) }, values));
  return /** @type {Spm.Translate} */ (t);
}
