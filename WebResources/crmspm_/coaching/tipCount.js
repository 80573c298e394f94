import { h } from "../shared/dom.js";

/**
 * The "N open tips" line of a panel, kept right as tips are answered and undone.
 * @param {Spm.Translate} t
 * @param {number} total
 * @returns {{ element: HTMLElement, change: (delta: number) => void }}
 */
export function createTipCount(t, total) {
  let count = total;
  const element = h("span", { class: "muted tip-count" });
  const show = () => { element.textContent = count > 0 ? t.count("tipsCount", count) : t("noOpenTips"); };
  show();
  return { element, change: (delta) => { count += delta; show(); } };
}
