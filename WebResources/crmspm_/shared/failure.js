/**
 * Turns what a Web API call rejected with (Xrm.WebApi gives `{ errorCode, message }`; fetch gives an Error) into
 * plain words with the next step. The platform's own text is kept as technical details for the administrator.
 * Error codes: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
 */

/** 0x80040220 PrivilegeDenied (the message names the missing prv… privilege). */
const PRIVILEGE_DENIED = -2147220960;
/** 0x80040217 ObjectDoesNotExist. */
const NOT_FOUND = -2147220969;
/** 0x80040265 ISVAborted: a plug-in refused the change with a message written for people (ours validate the profile). */
const REFUSED_BY_PLUGIN = -2147220891;
/** 0x80072321 and 0x80072322: service protection limits. */
const THROTTLED = [-2147015903, -2147015902];

/**
 * @param {unknown} error
 * @param {Spm.Translate} t
 * @param {"rep" | "manager" | "admin"} audience whose role the page needs
 * @returns {Spm.Failure}
 */
export function explainFailure(error, t, audience) {
  const record = error && typeof error === "object" ? /** @type {Record<string, unknown>} */ (error) : {};
  const detail = typeof record.message === "string" && record.message ? record.message : String(error || "");
  const code = typeof record.errorCode === "number" ? record.errorCode : 0;
  const status = typeof record.status === "number" ? record.status : 0;
  if (code === PRIVILEGE_DENIED || status === 403 || /\bprv[A-Z]\w+|privilege/i.test(detail)) {
    const role = audience === "admin" ? t("roleAdmin") : audience === "manager" ? t("roleManager") : t("roleRep");
    return { kind: "access", text: t("failAccess", { role }), detail };
  }
  if (code === REFUSED_BY_PLUGIN && detail) return { kind: "refused", text: t("failRefused", { message: detail }), detail: "" };
  if (status === 412) return { kind: "conflict", text: t("failConflict"), detail };
  if (code === NOT_FOUND || status === 404) return { kind: "missing", text: t("failMissing"), detail };
  if (THROTTLED.indexOf(code) >= 0 || status === 429) return { kind: "busy", text: t("failBusy"), detail };
  if (error instanceof TypeError || /failed to fetch|network/i.test(detail)) {
    return { kind: "offline", text: t("failOffline"), detail };
  }
  return { kind: "other", text: t("failOther"), detail };
}
