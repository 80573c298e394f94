import { READ_HEADERS, createPageWebApi, entityUrl, sendToWebApi } from "./pageWebApi.js";

/**
 * The page Web API with Xrm.WebApi's updateRecord, for the pages that write (admin).
 * @param {string} clientUrl the org URL from the global context
 * @returns {Spm.QueryApi}
 */
export function createPageWebApiWithWrites(clientUrl) {
  /** @type {any} */
  const api = {
    ...createPageWebApi(clientUrl),
    /** @param {string} entity @param {string} id @param {object} data */
    async updateRecord(entity, id, data) {
      await sendToWebApi(`${entityUrl(clientUrl, entity)}(${id})`, {
        method: "PATCH",
        // If-Match: * makes the PATCH an update only: a deleted row answers 404 instead of being re-created.
        headers: { ...READ_HEADERS, "Content-Type": "application/json; charset=utf-8", "If-Match": "*" },
        body: JSON.stringify(data),
      });
      return { entityType: entity, id };
    },
  };
  return /** @type {Spm.QueryApi} */ (api);
}
