/**
 * Removes the braces and lower-cases an id as forms give it (`{ABC-…}`), the form the Web API expects.
 * @param {string} id
 * @returns {string}
 */
export function bareId(id) {
  return id.replace(/[{}]/g, "").toLowerCase();
}
