import { ScoringProfile } from "../shared/schema/scoringProfile.js";
import { numberValue, textValue } from "../shared/record.js";
import { ETAG } from "../shared/schema/annotations.js";
import { ProfileMessages } from "./profileMessages.js";

/**
 * Loading and saving the active scoring profile (crmspm_scoringprofile): one Web API call each.
 */

export const ACTIVE_PROFILE_OPTIONS =
  `?$select=${ScoringProfile.id},${ScoringProfile.name},${ScoringProfile.profileJson},${ScoringProfile.version}` +
  `&$filter=${ScoringProfile.isActive} eq true&$orderby=${ScoringProfile.version} desc&$top=1`;

/**
 * @param {Spm.ReadApi} webApi
 * @returns {Promise<Spm.StoredProfile | null>} null when no profile is active
 */
export async function fetchActiveProfile(webApi) {
  const result = await webApi.retrieveMultipleRecords(ScoringProfile.entity, ACTIVE_PROFILE_OPTIONS);
  const record = result.entities[0];
  if (!record) return null;
  const json = textValue(record, ScoringProfile.profileJson);
  let profile = null;
  let parseProblem = "";
  try {
    const parsed = JSON.parse(json);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) profile = parsed;
    else parseProblem = `$: ${ProfileMessages.mustBeObject}`;
  } catch (error) {
    parseProblem = `$: ${ProfileMessages.notJsonPrefix}${error instanceof Error ? error.message : String(error)}`;
  }
  return {
    id: textValue(record, ScoringProfile.id),
    name: textValue(record, ScoringProfile.name),
    version: numberValue(record, ScoringProfile.version) || 0,
    etag: textValue(record, ETAG),
    profile,
    parseProblem,
  };
}

/**
 * Writes the profile JSON and the next version number, only if nobody saved the row since it was read (its ETag).
 * The server validates again (a plug-in on update) and refuses an invalid profile with the same messages.
 * @param {Spm.WriteApi} webApi
 * @param {string} id
 * @param {Record<string, any>} profile
 * @param {number} version the new version
 * @param {string} etag the row's ETag when read
 * @returns {Promise<string>} the row's new ETag
 */
export function saveProfile(webApi, id, profile, version, etag) {
  return webApi.updateIfUnchanged(ScoringProfile.entity, id, {
    [ScoringProfile.profileJson]: JSON.stringify(profile, null, 2),
    [ScoringProfile.version]: version,
  }, etag, ScoringProfile.version);
}
