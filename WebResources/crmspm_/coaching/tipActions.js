import en from "../strings/en.js";
import { StateCode, Task, TaskStatus, TipResponse } from "../shared/schema/task.js";

/**
 * What a rep's answer to a tip writes to its task. The plugins read crmspm_response (and the dismiss reason) as
 * feedback on the rule; snoozed tips stay open and are hidden from the panels until crmspm_snoozeduntil.
 */

/** Longest dismiss reason the panel accepts; crmspm_dismissreason holds this many characters. */
export const DISMISS_REASON_MAX_LENGTH = 1000;

/** How long an answer can be undone before it is written. */
export const UNDO_MS = 6000;

/** Preset dismiss reasons (string keys); the stored reason is the English text, so reports read the same in every language. */
export const DISMISS_PRESETS = /** @type {const} */ (["reasonNotRelevant", "reasonAlreadyDone", "reasonWrongData", "reasonOther"]);

const SNOOZE_DAYS = Object.freeze({ day: 1, week: 7, twoWeeks: 14 });

/**
 * The task update an answer writes: done completes the task, dismiss cancels it and records why (so the rule's
 * usefulness can be measured), snooze hides it until the snooze ends and leaves it open.
 * @param {Spm.TipAnswer} answer a dismiss reason already checked by `dismissReason`
 * @param {Date} now
 * @returns {Record<string, string | number>}
 */
export function taskUpdate(answer, now) {
  /** @type {Record<string, string | number>} */
  const update = {};
  if (answer.kind === "done") {
    update[Task.stateCode] = StateCode.completed;
    update[Task.statusCode] = TaskStatus.completed;
    update[Task.response] = TipResponse.done;
  } else if (answer.kind === "dismiss") {
    update[Task.stateCode] = StateCode.canceled;
    update[Task.statusCode] = TaskStatus.canceled;
    update[Task.response] = TipResponse.dismissed;
    update[Task.dismissReason] = answer.reason;
  } else {
    update[Task.response] = TipResponse.snoozed;
    update[Task.snoozedUntil] = snoozeEnd(answer.length, now).toISOString();
  }
  return update;
}

/**
 * @param {Spm.SnoozeLength} length
 * @param {Date} now
 * @returns {Date}
 */
export function snoozeEnd(length, now) {
  return new Date(now.getTime() + SNOOZE_DAYS[length] * 86400000);
}

/**
 * The reason to store: the preset's English text, then the rep's words; null when there is neither, or "Other"
 * has no words (a dismissal without a reason teaches the rule nothing).
 * @param {string} preset one of DISMISS_PRESETS, or ""
 * @param {string} text
 * @returns {string | null}
 */
export function dismissReason(preset, text) {
  const words = text.trim();
  const label = preset && preset !== "reasonOther" ? en[/** @type {Spm.StringKey} */ (preset)] : "";
  const reason = label && words ? `${label}: ${words}` : label || words;
  return typeof reason === "string" && reason.length > 0 && reason.length <= DISMISS_REASON_MAX_LENGTH ? reason : null;
}

/**
 * Writes answers and feedback to the tip's task, and says what an answer did.
 * @param {Spm.DataApi} webApi
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @param {() => Date} clock
 * @returns {Spm.TipAnswerer}
 */
export function createTipAnswerer(webApi, t, format, clock) {
  return {
    describe(answer) {
      if (answer.kind === "done") return t("tipDone");
      if (answer.kind === "dismiss") return t("tipDismissed");
      return t("tipSnoozed", { date: format.date(snoozeEnd(answer.length, clock())) });
    },
    async write(tip, answer) {
      await webApi.updateRecord(Task.entity, tip.id, taskUpdate(answer, clock()));
    },
    // Like / dislike: crmspm_helpful on the task (docs/web-resources.md), read by the rule-usefulness report.
    async rate(tip, helpful) {
      await webApi.updateRecord(Task.entity, tip.id, { [Task.helpful]: helpful });
    },
  };
}
