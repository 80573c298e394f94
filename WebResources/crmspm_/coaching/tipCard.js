import { h, safeUrl } from "../shared/dom.js";
import { Severity } from "../shared/schema/task.js";

/**
 * One tip card, in the order a rep acts: what to do (bold), how they compare with top performers, the answer
 * buttons; then the due date, the training link and, folded away, why the tip was raised.
 */

/** @type {Readonly<Record<number, string>>} */
const SEVERITY_CLASS = Object.freeze({
  [Severity.high]: "badge badge-danger",
  [Severity.medium]: "badge badge-warning",
  [Severity.low]: "badge badge-neutral",
});

/**
 * @param {Spm.Tip} tip
 * @param {Spm.TipListOptions} options
 * @returns {HTMLLIElement}
 */
export function renderTipCard(tip, options) {
  const { t, format } = options;
  const headingId = `tip-${tip.id}`;
  const trainingUrl = safeUrl(tip.trainingLink);
  const comparison = [
    tip.you && t("youValue", { value: tip.you }),
    tip.top && t("topValue", { value: tip.top }),
  ].filter(Boolean).join(" · ");
  const why = tip.message || tip.evidence.length > 0 || (comparison && tip.benchmark);
  return h("li", { class: "tip", "data-tip-id": tip.id, "data-state": "open", "aria-labelledby": headingId },
    h("div", { class: "tip-body" },
      h("div", { class: "tip-head" },
        h(options.titleLevel || "h3", { class: "tip-title", id: headingId, tabindex: "-1" }, tip.title),
        tip.severityLabel && h("span", { class: SEVERITY_CLASS[tip.severity] || "badge badge-neutral" },
          h("span", { class: "visually-hidden" }, t("severity"), ": "), tip.severityLabel)),
      tip.action && h("p", { class: "tip-action" }, h("strong", null, tip.action)),
      comparison
        ? h("p", { class: "tip-compare" }, comparison)
        : tip.benchmark && h("p", { class: "tip-compare" }, tip.benchmark),
      h("div", { class: "tip-actions", role: "group", "aria-label": t("tipActions", { title: tip.title }) },
        h("button", { type: "button", class: "button button-primary", "data-action": "done" }, t("done")),
        h("button", { type: "button", class: "button", "data-action": "snooze", "aria-expanded": "false" }, t("snooze")),
        h("button", { type: "button", class: "button", "data-action": "dismiss", "aria-expanded": "false" }, t("dismiss"))),
      h("div", { class: "tip-answer" }),
      h("div", { class: "tip-meta" },
        tip.due && h("span", null, t("due", { date: format.dateOnly(tip.due) })),
        trainingUrl && h("a", { href: trainingUrl, target: "_blank", rel: "noopener noreferrer" }, t("training")),
        h("span", { class: "tip-rate", role: "group", "aria-label": t("rateTip") },
          h("button", { type: "button", class: "button-link", "data-action": "helpful", "aria-pressed": "false" }, t("helpful")),
          h("button", { type: "button", class: "button-link", "data-action": "unhelpful", "aria-pressed": "false" }, t("notHelpful")))),
      why && h("details", { class: "tip-why" },
        h("summary", null, t("whyTip")),
        tip.message && h("p", null, tip.message),
        comparison && tip.benchmark && h("p", null, tip.benchmark),
        tip.evidence.length > 0 && h("dl", { class: "tip-evidence" },
          tip.evidence.flatMap(([label, value]) => [h("dt", null, label), h("dd", null, value)])))),
    h("p", { class: "tip-error", role: "alert", hidden: true }));
}
