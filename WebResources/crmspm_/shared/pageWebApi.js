import { EntitySets } from "./schema/entitySets.js";

/**
 * Xrm.WebApi's read for pages outside a form, made with fetch from the org's own origin (the session cookie
 * authenticates), asking for formatted values as Xrm.WebApi does. Writes are in pageWebApiWrites.js, loaded only by
 * the page that writes (admin).
 */

const API_PATH = "/api/data/v9.2/";

export const READ_HEADERS = Object.freeze({
  Accept: "application/json",
  "OData-MaxVersion": "4.0",
  "OData-Version": "4.0",
  // Collection-valued expansions can come from the browser cache otherwise (Web API docs).
  "If-None-Match": "null",
});

/**
 * @param {string} clientUrl the org URL from the global context
 * @returns {Spm.ReadApi}
 */
export function createPageWebApi(clientUrl) {
  /** @type {any} */
  const api = {
    /** @param {string} entity @param {string} [options] */
    async retrieveMultipleRecords(entity, options) {
      const body = await sendToWebApi(`${entityUrl(clientUrl, entity)}${options || ""}`, {
        headers: { ...READ_HEADERS, Prefer: 'odata.include-annotations="*"' },
      });
      return { entities: body.value, nextLink: body["@odata.nextLink"] };
    },
  };
  return /** @type {Spm.ReadApi} */ (api);
}

/**
 * @param {string} clientUrl
 * @param {string} entity
 * @returns {string} the entity set's URL
 */
export function entityUrl(clientUrl, entity) {
  const set = /** @type {Record<string, string>} */ (EntitySets)[entity];
  if (!set) throw new Error(`No entity set name is known for ${entity}.`);
  return clientUrl.replace(/\/+$/, "") + API_PATH + set;
}

/**
 * @param {string} url
 * @param {RequestInit} init
 * @returns {Promise<any>} the JSON body, or null for 204 No Content
 */
export async function sendToWebApi(url, init) {
  const response = await fetch(url, { credentials: "same-origin", ...init });
  if (!response.ok) throw await toXrmError(response);
  return response.status === 204 ? null : response.json();
}

/**
 * Turns a Web API error body ({"error":{"code","message"}}) into the shape Xrm.WebApi rejects with.
 * @param {Response} response
 * @returns {Promise<{ errorCode: number, message: string, status: number }>}
 */
async function toXrmError(response) {
  let message = `${response.status} ${response.statusText}`.trim();
  let errorCode = response.status;
  try {
    const body = await response.json();
    if (body && body.error) {
      message = body.error.message || message;
      const code = Number.parseInt(String(body.error.code || ""), 16);
      if (Number.isFinite(code)) errorCode = code | 0;
    }
  } catch (ignored) {
    // Not JSON (a gateway page, say): the status line is the best message there is.
  }
  return { errorCode, message, status: response.status };
}
