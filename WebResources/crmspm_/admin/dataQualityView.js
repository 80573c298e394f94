import { h } from "../shared/dom.js";

/**
 * The data quality page: the records the nightly recompute could not use as they are, what is wrong with each and
 * how often, org-wide gaps first (the order the recompute stored); a warning when the list was cut.
 */

/** Record types of Core's data issues → their label in the strings files. */
const RECORD_LABELS = Object.freeze({
  org: "dataQualityOrg",
  rep: "dataQualityRep",
  opportunity: "dataQualityDeal",
  activity: "dataQualityActivity",
});

/**
 * @param {Spm.DataIssues | null} found
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @param {Date} now
 * @returns {(HTMLElement | null)[]}
 */
export function renderDataIssues(found, t, format, now) {
  const heading = h("h1", null, t("dataQualityTitle"));
  if (!found) return [heading, h("p", { class: "muted" }, t("dataQualityNoRun"))];
  const { asOf, doc } = found;
  const when = asOf ? h("p", { class: "muted" }, t("dataQualityAsOf", { when: format.date(asOf), ago: format.daysAgo(asOf, now) })) : null;
  if (!doc) return [heading, when, h("p", { class: "message-bar message-bar-warning" }, t("dataQualityUnreadable"))];
  if (doc.issues.length === 0) return [heading, when, h("p", { class: "message-bar message-bar-success" }, t("dataQualityNone"))];
  const items = doc.issues.map((issue) => {
    const label = /** @type {Record<string, Spm.StringKey>} */ (RECORD_LABELS)[issue.recordType];
    return h("li", { class: "issue", "data-code": issue.code },
      h("div", { class: "health-head" },
        h("strong", null, label ? t(label) : t("dataQualityOther")),
        issue.recordId ? h("code", null, issue.recordId) : null,
        issue.count > 1 ? h("span", { class: "muted" }, t.count("dataQualityTimes", issue.count)) : null),
      h("p", null, issue.problem));
  });
  return [
    heading,
    when,
    h("p", { class: "muted" }, t.count("dataQualityCount", doc.total)),
    doc.listed < doc.total ? h("p", { class: "message-bar message-bar-warning" }, t("dataQualityCut", { listed: doc.listed, total: doc.total })) : null,
    h("ul", { class: "health-steps issues" }, ...items),
  ];
}
