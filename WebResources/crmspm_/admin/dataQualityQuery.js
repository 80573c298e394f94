import { ModelState, ORG_STANDING_KEY } from "../shared/schema/modelState.js";
import { dateValue, jsonValue } from "../shared/record.js";

/**
 * The data quality page's one Web API call: the org-level crmspm_modelstate row, where the nightly recompute stores
 * the data issues it found (crmspm_dataissuesjson, docs/plugins.md "Data issues").
 */

export const DATA_ISSUES_OPTIONS =
  `?$select=${ModelState.asOf},${ModelState.dataIssues}&$filter=${ModelState.teamKey} eq '${ORG_STANDING_KEY}'&$top=1`;

/** @param {unknown} value @returns {value is Spm.DataIssueDocument} */
function isDocument(value) {
  const doc = /** @type {Record<string, unknown>} */ (value);
  return value !== null && typeof value === "object" && typeof doc.total === "number" && typeof doc.listed === "number" &&
    Array.isArray(doc.issues) && doc.issues.every((issue) => issue !== null && typeof issue === "object" &&
      typeof issue.problem === "string" && typeof issue.count === "number");
}

/**
 * @param {Spm.ReadApi} webApi
 * @returns {Promise<Spm.DataIssues | null>} null before the first recompute
 */
export async function fetchDataIssues(webApi) {
  const result = await webApi.retrieveMultipleRecords(ModelState.entity, DATA_ISSUES_OPTIONS);
  const row = result.entities[0];
  if (!row) return null;
  // Unreadable JSON shows as unreadable, never as "no issues".
  const doc = jsonValue(row, ModelState.dataIssues, isDocument, null);
  return { asOf: dateValue(row, ModelState.asOf), doc };
}
