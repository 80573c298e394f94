import { FORMATTED } from "./schema/annotations.js";

/**
 * The server-formatted value of a column (choices, money, dates), or null when the server sent none.
 * @param {Spm.WebApiRecord} record
 * @param {string} column
 * @returns {string | null}
 */
export function formattedValue(record, column) {
  const value = record[column + FORMATTED];
  return typeof value === "string" ? value : null;
}

/**
 * A number column's value, or null when it is missing or not a number.
 * @param {Spm.WebApiRecord} record
 * @param {string} column
 * @returns {number | null}
 */
export function numberValue(record, column) {
  const value = record[column];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * A text column's value, or "" when it is missing.
 * @param {Spm.WebApiRecord} record
 * @param {string} column
 * @returns {string}
 */
export function textValue(record, column) {
  const value = record[column];
  return value === null || value === undefined ? "" : String(value);
}

/**
 * A date column's value, or null when it is missing or unparseable.
 * @param {Spm.WebApiRecord} record
 * @param {string} column
 * @returns {Date | null}
 */
export function dateValue(record, column) {
  const value = record[column];
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The JSON in a text column; missing, malformed or wrongly shaped JSON gives `fallback` (shows less, never breaks).
 * @template T
 * @param {Spm.WebApiRecord} record
 * @param {string} column
 * @param {(value: unknown) => value is T} isShape
 * @param {T} fallback
 * @returns {T}
 */
export function jsonValue(record, column, isShape, fallback) {
  const text = record[column];
  if (typeof text !== "string" || text.trim() === "") return fallback;
  try {
    const parsed = JSON.parse(text);
    return isShape(parsed) ? parsed : fallback;
  } catch (ignored) {
    return fallback;
  }
}
