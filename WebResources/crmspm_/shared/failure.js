/**
 * A message a user can act on from whatever a Web API call rejected with
 * (Xrm.WebApi gives `{ errorCode, message }`; fetch gives an Error).
 * @param {unknown} error
 * @returns {string}
 */
export function failureMessage(error) {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string" && error.message) {
    return error.message;
  }
  return String(error || "unknown error");
}
