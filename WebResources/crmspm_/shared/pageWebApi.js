import { EntitySets } from "./schema/entitySets.js";

/**
 * Xrm.WebApi's calls for pages outside a form, made with fetch from the org's own origin (the session cookie
 * authenticates), asking for formatted values as Xrm.WebApi does.
 */

const API_PATH = "/api/data/v9.2/";

const READ_HEADERS = Object.freeze({
  Accept: "application/json",
  "OData-MaxVersion": "4.0",
  "OData-Version": "4.0",
  // Collection-valued expansions can come from the browser cache otherwise (Web API docs).
  "If-None-Match": "null",
});

/**
 * @param {string} clientUrl the org URL from the global context
 * @returns {Spm.QueryApi}
 */
export function createPageWebApi(clientUrl) {
  const base = clientUrl.replace(/\/+$/, "") + API_PATH;

  /**
   * @param {string} url
   * @param {RequestInit} init
   * @returns {Promise<any>}
   */
  async function send(url, init) {
    const response = await fetch(url, { credentials: "same-origin", ...init });
    if (!response.ok) throw await toXrmError(response);
    return response.status === 204 ? null : response.json();
  }

  /** @type {any} */
  const api = {
    /** @param {string} entity @param {string} [options] */
    async retrieveMultipleRecords(entity, options) {
      const body = await send(`${base}${entitySet(entity)}${options || ""}`, {
        headers: { ...READ_HEADERS, Prefer: 'odata.include-annotations="*"' },
      });
      return { entities: body.value, nextLink: body["@odata.nextLink"] };
    },
    /** @param {string} entity @param {string} id @param {object} data */
    async updateRecord(entity, id, data) {
      await send(`${base}${entitySet(entity)}(${id})`, {
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

/**
 * @param {string} entity
 * @returns {string}
 */
function entitySet(entity) {
  const set = /** @type {Record<string, string>} */ (EntitySets)[entity];
  if (!set) throw new Error(`No entity set name is known for ${entity}.`);
  return set;
}

/**
 * Turns a Web API error body ({"error":{"code","message"}}) into the shape Xrm.WebApi rejects with.
 * @param {Response} response
 * @returns {Promise<{ errorCode: number, message: string }>}
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
  } catch {
    // Not JSON (a gateway page, say): the status line is the best message there is.
  }
  return { errorCode, message };
}
