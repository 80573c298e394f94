import { READ_HEADERS, createPageWebApi, entityUrl, sendToWebApi } from "./pageWebApi.js";

/**
 * The page Web API with a conditional update, for the page that writes (admin): the PATCH carries the row's ETag
 * (If-Match: W/"…"), so a row someone else saved since it was read answers 412 instead of being overwritten.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
 * @param {string} clientUrl the org URL from the global context
 * @returns {Spm.WriteApi}
 */
export function createPageWebApiWithWrites(clientUrl) {
  const read = createPageWebApi(clientUrl);
  return {
    retrieveMultipleRecords: read.retrieveMultipleRecords,
    async updateIfUnchanged(entity, id, data, etag, select) {
      const body = await sendToWebApi(`${entityUrl(clientUrl, entity)}(${id})?$select=${select}`, {
        method: "PATCH",
        headers: Object.assign({}, READ_HEADERS, {
          "Content-Type": "application/json; charset=utf-8",
          "If-Match": etag,
          Prefer: "return=representation",
        }),
        body: JSON.stringify(data),
      });
      return body && typeof body["@odata.etag"] === "string" ? body["@odata.etag"] : "";
    },
  };
}
